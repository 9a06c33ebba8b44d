using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>Articles about the same developing news topic, oldest first (<see cref="ArticleOrder"/>).</summary>
public sealed record Story(int Id, IReadOnlyList<ArticleSummary> Articles)
{
    /// <summary>The title of the latest dated article, which says best where the story stands now.</summary>
    public string Headline =>
        Articles.OrderByDescending(a => EventDate.Of(a.Published)?.End ?? DateOnly.MinValue)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .FirstOrDefault()?.Title ?? string.Empty;

    /// <summary>The latest publication date among the articles, or null when none is dated.</summary>
    public DateOnly? LatestPublished =>
        Articles.Select(a => EventDate.Of(a.Published)?.End).Max();
}
