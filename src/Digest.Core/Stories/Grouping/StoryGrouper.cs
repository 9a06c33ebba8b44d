using Digest.Core.Summaries;

namespace Digest.Core.Stories.Grouping;

/// <summary>Groups a batch of summaries into stories, deterministically for a given set of summaries.</summary>
public sealed class StoryGrouper(StoryGroupingOptions? options = null)
{
    private readonly StoryGroupingOptions _options = options ?? StoryGroupingOptions.Default;

    /// <summary>
    /// Groups the summaries, oldest first so stories grow the way the news did; summaries that failed to parse are left out.
    /// </summary>
    public IReadOnlyList<Story> Group(IEnumerable<ArticleSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var index = new StoryIndex(_options);
        foreach (var summary in summaries.Where(s => s.Error is null).Order(ArticleOrder.Instance))
        {
            index.Add(summary);
        }

        return index.Stories;
    }
}
