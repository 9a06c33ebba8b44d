using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>The article a development, figure or quote comes from, as a digest cites it.</summary>
public sealed record SourceRef(string Name, string Title, string? Url, string? Outlet, string? Byline, EventDate? Published)
{
    public static SourceRef Of(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new SourceRef(summary.Name, ArticleHeadline.Of(summary) ?? string.Empty, summary.Url, summary.Outlet, summary.Byline, ArticleDates.PublishedOf(summary));
    }
}
