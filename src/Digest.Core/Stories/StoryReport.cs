namespace Digest.Core.Stories;

/// <summary>What a digest says about one story: its timeline, tracked figures and quotations by speaker.</summary>
public sealed record StoryReport(Story Story, StoryTimeline Timeline, IReadOnlyList<FigureTrack> Figures, IReadOnlyList<SpeakerQuotes> Quotes)
{
    public static StoryReport Build(Story story, StoryReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        options ??= StoryReportOptions.Default;
        var timeline = StoryTimeline.Build(story, options.Timeline);
        return new StoryReport(
            story,
            timeline,
            StoryFigures.Track(story, timeline),
            StoryQuotes.Group(story, options.MaxSpeakers, options.MaxQuotesPerSpeaker));
    }
}
