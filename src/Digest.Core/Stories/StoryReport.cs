using Digest.Core.Stories.Figures;
using Digest.Core.Stories.Quotes;
using Digest.Core.Stories.Timelines;

namespace Digest.Core.Stories;

/// <summary>What a digest says about one story: its timeline, tracked figures and quotations by speaker.</summary>
public sealed record StoryReport(Story Story, StoryTimeline Timeline, IReadOnlyList<FigureTrack> Figures, IReadOnlyList<SpeakerQuotes> Quotes)
{
    public static StoryReport Build(Story story, StoryReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        options ??= StoryReportOptions.Default;
        var timeline = StoryTimeline.Build(story, options.Timeline);
        // Judged as the reader sees it: the latest values, after the track is cut to the steps shown.
        var figures = StoryFigures.Track(story, timeline)
            .Select(t => t.Steps.Count <= options.MaxStepsPerFigure ? t : t with { Steps = t.Steps.TakeLast(options.MaxStepsPerFigure).ToList() })
            .Where(StoryFigures.CanBeFollowed)
            .Take(options.MaxFigures)
            .ToList();
        return new StoryReport(story, timeline, figures, StoryQuotes.Group(story, options.MaxSpeakers, options.MaxQuotesPerSpeaker));
    }
}
