using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>The order articles are grouped and cited in: by publication date, undated last, then by name.</summary>
public sealed class ArticleOrder : IComparer<ArticleSummary>
{
    public static ArticleOrder Instance { get; } = new();

    public int Compare(ArticleSummary? x, ArticleSummary? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var xDate = ArticleDates.PublishedOf(x)?.Position;
        var yDate = ArticleDates.PublishedOf(y)?.Position;
        if (xDate != yDate)
        {
            return xDate is null ? 1 : yDate is null ? -1 : xDate.Value.CompareTo(yDate.Value);
        }

        return string.CompareOrdinal(x.Name, y.Name);
    }
}
