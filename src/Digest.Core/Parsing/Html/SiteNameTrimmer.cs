using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// Takes the site's own name off a page title ("… | CBC News", "MDR.DE | …", "…-정치ㅣ한국일보"): a leading or trailing
/// segment is dropped only when it is the site's name, as the page declares it (<c>og:site_name</c>, the JSON-LD
/// publisher) or as its address spells it. A segment that is merely short, or a section name, stays.
/// </summary>
internal static partial class SiteNameTrimmer
{
    /// <summary>A host label this short ("bz", "20") matches too many words to be taken as the site's name unless whole.</summary>
    private const int MinLabelForPrefix = 3;

    public static string Trim(string title, string? siteName, string? url)
    {
        var pieces = Separator().Split(title);
        if (pieces.Length < 3)
        {
            return title;
        }

        // Split with a capturing group: even indexes are segments, odd ones the separators between them.
        var first = 0;
        var last = pieces.Length - 1;
        var names = NamesOf(siteName, url);
        while (last - first >= 2 && IsSiteName(pieces[last], names))
        {
            last -= 2;
        }

        while (last - first >= 2 && IsSiteName(pieces[first], names))
        {
            first += 2;
        }

        return string.Concat(pieces[first..(last + 1)]).Trim();
    }

    /// <summary>Whether <paramref name="text"/> is the site's own name, as the page or its address gives it.</summary>
    public static bool IsSiteName(string text, string? siteName, string? url) => IsSiteName(text, NamesOf(siteName, url));

    private static SiteNames NamesOf(string? siteName, string? url)
    {
        var labels = new List<string>();
        var host = string.Empty;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            host = Letters(uri.Host);
            var parts = uri.Host.ToLowerInvariant().Split('.');

            // Every label but the top-level domain and "www": "timesofindia", "indiatimes" of timesofindia.indiatimes.com.
            labels.AddRange(parts.Take(parts.Length - 1).Where(label => label != "www").Select(Letters).Where(label => label.Length > 0));
        }

        return new SiteNames(string.IsNullOrWhiteSpace(siteName) ? string.Empty : Letters(siteName), host, labels);
    }

    private static bool IsSiteName(string segment, SiteNames names)
    {
        var text = Letters(segment);
        if (text.Length == 0)
        {
            return false;
        }

        if (names.Declared.Length > 0 && (text.Contains(names.Declared, StringComparison.Ordinal) || (text.Length > MinLabelForPrefix && names.Declared.Contains(text, StringComparison.Ordinal))))
        {
            return true;
        }

        return Loose(text, names.Host) == 0 && text.Length == names.Host.Length || names.Labels.Any(label =>
            (text.Length == label.Length && Loose(text, label) == 0)
            || (label.Length >= MinLabelForPrefix && Loose(text, label) == 0)
            || (label.Length > MinLabelForPrefix && Loose(text, label) >= 0)
            || (text.Length > MinLabelForPrefix && Loose(label, text) >= 0));
    }

    // Where needle occurs in haystack, a letter outside ASCII matching any letter: host names are spelt without
    // accents ("seznamzpravy"), site names with them ("Seznam Zprávy"), and globalization-invariant .NET cannot fold them.
    private static int Loose(string haystack, string needle)
    {
        for (var start = 0; start + needle.Length <= haystack.Length; start++)
        {
            var i = 0;
            while (i < needle.Length && (haystack[start + i] == needle[i] || haystack[start + i] > '\u007f' || needle[i] > '\u007f'))
            {
                i++;
            }

            if (i == needle.Length)
            {
                return start;
            }
        }

        return -1;
    }

    // Lower-case letters and digits only: "Seznam Zprávy" is "seznamzprávy", which Loose matches to seznamzpravy.cz.
    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // " | ", " - ", " – ", " — ", " · ", " • ", " » ", " :: " between words, and the Korean "ㅣ" sites use as a bar.
    [GeneratedRegex(@"(\s+[|\-–—·•»]\s+|\s*ㅣ\s*|\s+::\s+)")]
    private static partial Regex Separator();

    private sealed record SiteNames(string Declared, string Host, IReadOnlyList<string> Labels);
}
