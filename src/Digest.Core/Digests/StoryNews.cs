using Digest.Core.Stories;

namespace Digest.Core.Digests;

/// <summary>
/// How newsworthy a story is for one digest, read from its articles alone so thousands of stories can be ranked
/// before any timeline is built: how many outlets and articles reported it since the previous digest, how many
/// articles it has in all, and how recent its latest one is.
/// </summary>
/// <param name="Story">The story.</param>
/// <param name="NewOutlets">Distinct outlets with an article since the cut-off; independent reports say more than one outlet repeating itself.</param>
/// <param name="NewArticles">Articles since the cut-off.</param>
/// <param name="Latest">The latest publication date, or null when no article is dated.</param>
public sealed record StoryNews(Story Story, int NewOutlets, int NewArticles, DateOnly? Latest)
{
    /// <summary>What is new about the story since the <paramref name="cutoff"/>.</summary>
    public static StoryNews Of(Story story, NewsCutoff cutoff)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(cutoff);
        var fresh = story.Articles.Where(a => cutoff.IsNew(a.Name, ArticleDates.PublishedOf(a))).ToList();
        return new StoryNews(
            story,
            fresh.Select(a => SourceLabel.OutletKey(a.Outlet, a.Url)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            fresh.Count,
            story.LatestPublished);
    }

    /// <summary>Whether an article published at <paramref name="published"/> is new since the cut-off.</summary>
    /// <remarks>
    /// Publication dates carry no time of day, so an article from the day of the previous digest may have missed it; it
    /// counts as new, because repeating a development beats losing one. An undated article cannot be shown to be new.
    /// </remarks>
    public static bool IsNew(EventDate? published, DateOnly? sinceDay) =>
        sinceDay is not { } since || (published is { } p && p.End >= since);

    /// <summary>
    /// Stories in the order a digest shows them: most outlets reporting since the cut-off, then most new articles, then
    /// the largest, then the most recent; the story id breaks the remaining ties so the order is stable.
    /// </summary>
    public static IReadOnlyList<StoryNews> Rank(IEnumerable<Story> stories, NewsCutoff cutoff) =>
        stories
            .Select(s => Of(s, cutoff))
            .OrderByDescending(n => n.NewOutlets)
            .ThenByDescending(n => n.NewArticles)
            .ThenByDescending(n => n.Story.Articles.Count)
            .ThenByDescending(n => n.Latest)
            .ThenBy(n => n.Story.Id)
            .ToList();
}
