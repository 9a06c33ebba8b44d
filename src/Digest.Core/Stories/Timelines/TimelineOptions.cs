namespace Digest.Core.Stories.Timelines;

/// <summary>Knobs for building a story's timeline.</summary>
/// <param name="MaxDevelopments">Most developments to keep; the dates the articles refer to most are kept first, days before months and years.</param>
/// <param name="MaxSentencesPerDevelopment">Most sentences to show for one development.</param>
/// <param name="MergeWindowDays">Reports whose dates are at most this many days apart may be the same event.</param>
/// <param name="MergeSimilarity">Lowest share of weighted words two reports must share to be the same event.</param>
/// <param name="From">When set, the timeline keeps only developments on or after this day.</param>
/// <param name="To">When set, the timeline keeps only developments on or before this day.</param>
public sealed record TimelineOptions(
    int MaxDevelopments = 12,
    int MaxSentencesPerDevelopment = 2,
    int MergeWindowDays = 3,
    double MergeSimilarity = 0.2,
    DateOnly? From = null,
    DateOnly? To = null)
{
    public static TimelineOptions Default { get; } = new();
}
