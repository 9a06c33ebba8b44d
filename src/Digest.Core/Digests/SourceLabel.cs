using Digest.Core.Text;

namespace Digest.Core.Digests;

/// <summary>
/// What a digest calls an article when it cites one: its outlet, or failing that its headline, its web site, or its date —
/// never a body sentence or its file or blob name.
/// </summary>
internal static class SourceLabel
{
    // Long enough to recognise a headline, short enough to sit in a line of citations.
    private const int MaxHeadlineLength = 60;

    /// <param name="outlet">The outlet, when known.</param>
    /// <param name="headline">The article's headline, or empty when its title reads as none.</param>
    /// <param name="url">The article's address, when known.</param>
    /// <param name="date">How the digest writes the article's date ("12 Feb 2020", "undated").</param>
    public static string Of(string? outlet, string? headline, string? url, string date)
    {
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            return outlet.Trim();
        }

        if (!string.IsNullOrWhiteSpace(headline))
        {
            return Shorten(headline.Trim());
        }

        return OutletKey(null, url) is { Length: > 0 } site ? site : $"Report of {date}";
    }

    /// <summary>The outlet for counting independent sources: the outlet's name, the web site's host, or "" when neither is known.</summary>
    public static string OutletKey(string? outlet, string? url)
    {
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            return outlet.Trim();
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }

        // www.example.com and example.com are one site.
        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    // A word cut earlier than half the line would leave too little to recognise; the line is cut mid-word instead.
    private static string Shorten(string title) =>
        title.Length <= MaxHeadlineLength ? title : ShortText.Cut(title, MaxHeadlineLength, minWordCut: (MaxHeadlineLength / 2) + 1);
}
