using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>What to call an article in a digest: its title, or, when it has none (the parser then gives its file or blob name), its first key sentence.</summary>
internal static class ArticleHeadline
{
    public static string Of(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return HasTitle(summary) ? summary.Title : summary.KeySentences.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? summary.Title;
    }

    /// <summary>Whether the article has a title of its own rather than its name standing in for one.</summary>
    public static bool HasTitle(ArticleSummary summary) =>
        !string.IsNullOrWhiteSpace(summary.Title) && !string.Equals(summary.Title.Trim(), summary.Name, StringComparison.Ordinal);
}
