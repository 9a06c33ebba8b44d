using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Cli.Timelines;

/// <summary>Groups summaries into stories (or takes them as one) and lays out each story's timeline for output.</summary>
public static class TimelineDocumentBuilder
{
    public static TimelineDocument Build(IReadOnlyList<ArticleSummary> summaries, TimelineOptions options, bool oneStory)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var usable = summaries.Where(summary => summary.Error is null).ToList();
        var stories = oneStory
            ? usable.Count == 0 ? [] : [new Story(0, usable)]
            : new StoryGrouper().Group(usable);
        return new TimelineDocument([.. stories.Select(story => ToStory(story, options))]);
    }

    private static TimelineStory ToStory(Story story, TimelineOptions options)
    {
        var timeline = StoryTimeline.Build(story, options);
        return new TimelineStory(
            story.Headline,
            [.. story.Articles.Select(article => article.Name)],
            [.. timeline.Developments.Select(d => new TimelineEntry(d.Date.Iso, d.Date.Precision, d.Sentences, [.. d.Sources.Select(s => s.Name)], d.IsInferred))]);
    }
}
