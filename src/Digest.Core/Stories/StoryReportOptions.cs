namespace Digest.Core.Stories;

/// <summary>Knobs bounding how much a digest says about one story.</summary>
public sealed record StoryReportOptions(TimelineOptions Timeline, int MaxSpeakers = 4, int MaxQuotesPerSpeaker = 4)
{
    public static StoryReportOptions Default { get; } = new(TimelineOptions.Default);
}
