using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// Finds who wrote a page's article, from the signals publishers use to say so, strongest first: the JSON-LD author
/// (people, not organisations), author meta tags, schema.org microdata, <c>rel=author</c> links, and an element named
/// as the byline. A candidate that is the site's own name (an outlet credited as author), a link or a sentence is no
/// byline, and the next signal is asked.
/// </summary>
internal static partial class BylineFinder
{
    /// <summary>A byline names a few people; longer text is a bio, a teaser or a whole credits block.</summary>
    private const int MaxBylineLength = 120;

    /// <summary>Names carry no numbers; two digits make a date or time line ("Veröffentlicht am 27.04.24").</summary>
    private const int MaxDigits = 2;

    private static readonly string[] MetaNames = ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "cxenseparse:author"];

    public static string? Find(IDocument document, MetaTags metas, JsonLdArticle? jsonLd, string? siteName, string? url)
    {
        string? outletCredit = null;
        foreach (var candidate in Candidates(document, metas, jsonLd))
        {
            if (Clean(candidate) is not { } byline)
            {
                continue;
            }

            if (!SiteNameTrimmer.IsSiteName(byline, siteName, url))
            {
                return byline;
            }

            // The outlet credited as author ("DER SPIEGEL", "kicker") is what the page says when it names no person.
            outletCredit ??= byline;
        }

        return outletCredit;
    }

    private static IEnumerable<string?> Candidates(IDocument document, MetaTags metas, JsonLdArticle? jsonLd)
    {
        yield return jsonLd?.Author;
        foreach (var name in MetaNames)
        {
            yield return metas.First(name);
        }

        yield return Join(document.QuerySelectorAll("[itemprop=author]")
            .Select(author => author.QuerySelector("[itemprop=name]") is { } name ? name.GetAttribute("content") ?? HtmlText.Of(name) : HtmlText.Of(author)));
        yield return Join(document.QuerySelectorAll("a[rel~=author]").Select(HtmlText.Of));
        foreach (var element in document.QuerySelectorAll("[class*=byline i], [class*=author i], [id*=byline i], [id*=author i]"))
        {
            if (!BioOrList().IsMatch($"{element.ClassName} {element.Id}"))
            {
                yield return HtmlText.Spaced(element);
            }
        }
    }

    private static string? Join(IEnumerable<string> names)
    {
        var distinct = names.Where(name => !string.IsNullOrWhiteSpace(name)).Select(HtmlText.Fold).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    private static string? Clean(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return null;
        }

        var text = Leading().Replace(HtmlText.Fold(System.Net.WebUtility.HtmlDecode(candidate)), string.Empty).Trim(' ', ',', ';', '|', '-', '–', '—', ':');
        return text.Length == 0 || text.Length > MaxBylineLength || !text.Any(char.IsLetter) || text.Contains("://", StringComparison.Ordinal)
            || text.Count(c => c == '.') > 3 || text.Count(char.IsDigit) >= MaxDigits || OnlyAPreposition().IsMatch(text)
            ? null
            : text;
    }

    // "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Από", "Автор:" before the names.
    [GeneratedRegex(@"^(?:by|von|par|por|di|door|av|af|από|автор|text|texte|text und fotos)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:by|von|par|por|di|door|av|af|text|texte)$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAPreposition();

    // Author bios, author lists and avatars are named "author" too, but are no byline.
    [GeneratedRegex(@"bio|avatar|image|img|photo|more|follow|social|share|box|card|widget|footer|related", RegexOptions.IgnoreCase)]
    private static partial Regex BioOrList();
}
