namespace Digest.Core.Rendering;

/// <summary>What a digest calls an article when it cites one: its outlet, or failing that its headline — never its file or blob name.</summary>
internal static class SourceLabel
{
    // Long enough to recognise a headline, short enough to sit in a line of citations.
    private const int MaxHeadlineLength = 60;

    public static string Of(string? outlet, string? title, string name)
    {
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            return outlet.Trim();
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            return Shorten(title.Trim());
        }

        return name;
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

    private static string Shorten(string title)
    {
        if (title.Length <= MaxHeadlineLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxHeadlineLength);
        return string.Concat(title.AsSpan(0, cut > MaxHeadlineLength / 2 ? cut : MaxHeadlineLength).TrimEnd(" ,;:–-".ToCharArray()), "…");
    }
}
