using Digest.Core.Stories.Timelines;

namespace Digest.Core.Stories;

/// <summary>Knobs bounding how much a digest says about one story.</summary>
/// <param name="Timeline">How many timeline entries, and sentences each.</param>
/// <param name="MaxSpeakers">Speakers whose quotations are shown.</param>
/// <param name="MaxQuotesPerSpeaker">Quotations shown per speaker.</param>
/// <param name="MaxFigures">Figure tracks shown, the most reported first.</param>
/// <param name="MaxStepsPerFigure">Values shown per figure track, the latest kept.</param>
public sealed record StoryReportOptions(
    TimelineOptions Timeline,
    int MaxSpeakers = 4,
    int MaxQuotesPerSpeaker = 4,
    int MaxFigures = 3,
    int MaxStepsPerFigure = 8)
{
    public static StoryReportOptions Default { get; } = new(TimelineOptions.Default);
}
