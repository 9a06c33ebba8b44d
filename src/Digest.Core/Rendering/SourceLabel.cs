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

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", string.Empty, StringComparison.OrdinalIgnoreCase) : string.Empty;
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
