using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>Articles about the same developing news topic, oldest first (<see cref="ArticleOrder"/>).</summary>
public sealed record Story(int Id, IReadOnlyList<ArticleSummary> Articles)
{
    /// <summary>
    /// The title of the latest dated article, which says best where the story stands now; articles without a title of their
    /// own are passed over while any other has one, so a file name never heads a story.
    /// </summary>
    public string Headline =>
        Articles.OrderByDescending(ArticleHeadline.HasTitle)
            .ThenByDescending(a => EventDate.Of(a.Published)?.End ?? DateOnly.MinValue)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(ArticleHeadline.Of)
            .FirstOrDefault() ?? string.Empty;

    /// <summary>The latest publication date among the articles, or null when none is dated.</summary>
    public DateOnly? LatestPublished =>
        Articles.Select(a => EventDate.Of(a.Published)?.End).Max();
}
