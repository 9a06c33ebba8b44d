using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Digest.Core.Dates;
using Digest.Core.Languages;
using Digest.Core.Summaries;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// Finds when a page was published, from its strongest signal down: JSON-LD, publication meta tags, a date in the
/// URL, marked-up time elements, date-looking elements, and last the first date in the visible text.
/// Dates a page says it was modified on count only when nothing else does.
/// </summary>
internal static partial class HtmlPublicationDateFinder
{
    private static readonly HashSet<string> PublishedMeta = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
        "date_published", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "publication_date", "published_time",
        "published-date", "article.published", "article_date_original", "original-publish-date", "originalpublicationdate",
        "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "release_date", "bt:pubdate", "article.created", "datecreated", "rnews:datepublished", "displaydate",
        "dc.date.published", "article_published_time", "pubdate_iso", "published", "date-published", "publication-date",
    };

    // Keys some CMSs fill with the page's generation or edit time: weaker than a marked-up time element.
    private static readonly HashSet<string> GenericMeta = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "created", "creation_date", "dc.date", "dcterms.date",
    };

    private static readonly HashSet<string> ModifiedMeta = new(StringComparer.OrdinalIgnoreCase)
    {
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified", "dcterms.modified",
        "lastmod", "article.updated", "updated_time", "modified_time",
    };

    public static PublicationDate? Find(IDocument document, JsonLdArticle? jsonLd, string? url)
    {
        var found = FindInMarkup(document, jsonLd);

        // The date a page shows under its headline is what its readers go by. Markup often keeps the first draft's
        // time, so a shown date a little later (or labelled as an update) wins; one far off is another story's.
        if (DisplayedUnderHeadline(document) is { } shown && Supersedes(shown, found))
        {
            found = shown;
        }

        if (!DateStringParser.TryParseUrl(url, out var fromUrl))
        {
            return found;
        }

        // A timestamp in UTC can fall on the next or previous day of the publisher's own calendar; the date the
        // publisher wrote into its URL is that calendar.
        if (found is null || Math.Abs(found.Date.DayNumber - fromUrl.DayNumber) <= 1)
        {
            return Found(fromUrl, PublicationDateSource.Url, url!, found is null ? 0.8 : 0.9);
        }

        return found;
    }

    private static PublicationDate? FindInMarkup(IDocument document, JsonLdArticle? jsonLd)
    {
        if (jsonLd?.DatePublished is { } ldDate && DateStringParser.TryParse(ldDate, out var fromLd))
        {
            return Found(fromLd, PublicationDateSource.Html, $"JSON-LD datePublished \"{ldDate}\"", 0.95);
        }

        string? modified = null;
        string? generic = null;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv"))?.Trim();
            var content = meta.GetAttribute("content");
            if (key is null || content is null)
            {
                continue;
            }

            if (PublishedMeta.Contains(key) && DateStringParser.TryParse(content, out var fromMeta))
            {
                return Found(fromMeta, PublicationDateSource.Html, $"<meta {key}=\"{content}\">", 0.9);
            }

            if (ModifiedMeta.Contains(key))
            {
                modified ??= content;
            }
            else if (GenericMeta.Contains(key))
            {
                generic ??= content;
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished], time[pubdate], abbr.published, [property='article:published_time']"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("title") ?? element.TextContent;
            if (DateStringParser.TryParse(value, out var marked))
            {
                return Found(marked, PublicationDateSource.Html, $"<{element.LocalName}> \"{HtmlText.Fold(value)}\"", 0.85);
            }
        }

        if (generic is not null && DateStringParser.TryParse(generic, out var fromGeneric))
        {
            return Found(fromGeneric, PublicationDateSource.Html, $"<meta date=\"{generic}\">", 0.75);
        }

        foreach (var time in document.QuerySelectorAll("time"))
        {
            var value = time.GetAttribute("datetime") ?? time.TextContent;
            if (!IsModified(time) && DateStringParser.TryParse(value, out var fromTime))
            {
                return Found(fromTime, PublicationDateSource.Html, $"<time> \"{HtmlText.Fold(value)}\"", 0.75);
            }
        }

        if (document.Body is { } body)
        {
            foreach (var element in body.QuerySelectorAll("*"))
            {
                var names = $"{element.ClassName} {element.Id}";
                if (names.Length < 2 || !DateLikeName().IsMatch(names) || IsModified(element))
                {
                    continue;
                }

                var text = HtmlText.Spaced(element);
                if (text.Length is > 0 and <= 120 && !CurrentTime().IsMatch(text) && DateStringParser.TryParse(text, out var fromElement, allowShortYear: true))
                {
                    return Found(fromElement, PublicationDateSource.Html, $"\"{text}\"", 0.65);
                }
            }
        }

        if (jsonLd?.DateModified is { } ldModified && DateStringParser.TryParse(ldModified, out var fromLdModified))
        {
            return Found(fromLdModified, PublicationDateSource.Html, $"JSON-LD dateModified \"{ldModified}\"", 0.5);
        }

        if (modified is not null && DateStringParser.TryParse(modified, out var fromModified))
        {
            return Found(fromModified, PublicationDateSource.Html, $"modified \"{modified}\"", 0.5);
        }

        return FirstDateInText(document);
    }

    // A visible date near the headline is within the first text nodes after it (byline, dateline, share bar); past this
    // many nodes the text is the story's own, whose dates are events, not publication.
    private const int HeadlineNeighbourhood = 1500;

    // A page's markup date this much earlier than the date it shows is an edit of an old story, not a later correction:
    // corrections and updates come within weeks.
    private const int MaxRevisionDays = 60;

    private static bool Supersedes(PublicationDate shown, PublicationDate? found)
    {
        if (found is null)
        {
            return true;
        }

        var daysLater = shown.Date.DayNumber - found.Date.DayNumber;
        return found.Source switch
        {
            PublicationDateSource.Html => daysLater > 0 && (daysLater <= MaxRevisionDays || Modified().IsMatch(shown.Evidence) || UpdateLabel().IsMatch(shown.Evidence)),
            PublicationDateSource.Content => true,
            _ => daysLater > 0 && UpdateLabel().IsMatch(shown.Evidence),
        };
    }

    // A dateline is a date and maybe a place or "Updated": longer text holding a date is a sentence of the story.
    private const int MaxDatelineLength = 60;

    // "02/11/2023" is 11 February in the United States and 2 November nearly everywhere else.
    private static bool MonthFirst(IDocument document)
    {
        var declared = document.DocumentElement.GetAttribute("lang");
        return string.IsNullOrWhiteSpace(declared) || LanguageTag.Parse(declared) is { Code: "en", Region: null or "us" };
    }

    private static PublicationDate? DisplayedUnderHeadline(IDocument document)
    {
        var headline = document.Body?.QuerySelector("h1");
        if (headline is null)
        {
            return null;
        }

        var seen = 0;
        for (var node = Next(headline); node is not null && seen < HeadlineNeighbourhood; node = Next(node))
        {
            if (node is not IText || node.ParentElement?.LocalName is "script" or "style" or "noscript" or "template" or "option")
            {
                continue;
            }

            // A dateline is short; a date inside a sentence is what the story is about.
            var text = HtmlText.Fold(node.TextContent);
            seen += text.Length;
            if (text.Length is > 5 and <= MaxDatelineLength && !Copyright().IsMatch(text) && !CurrentTime().IsMatch(text)
                && DateStringParser.TryParse(text, out var date, allowEpoch: false, monthFirst: MonthFirst(document)))
            {
                return Found(date, PublicationDateSource.Html, text, 0.8);
            }
        }

        return null;
    }

    // Document order: first child, else next sibling, else the next sibling of the nearest ancestor that has one.
    private static INode? Next(INode node)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    private static PublicationDate? FirstDateInText(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        var walker = document.CreateTreeWalker(document.Body, FilterSettings.Text);
        for (var node = walker.ToNext(); node is not null; node = walker.ToNext())
        {
            if (node.ParentElement?.LocalName is "script" or "style" or "noscript")
            {
                continue;
            }

            // A dateline opens its paragraph; further in, a date is what the story is about, not when it was written.
            var text = HtmlText.Fold(node.TextContent);
            var head = text.Length < 300 ? text : text[..80];
            if (head.Length > 5 && !Copyright().IsMatch(head) && !CurrentTime().IsMatch(head)
                && DateStringParser.TryParse(head, out var date, allowEpoch: false))
            {
                return Found(date, PublicationDateSource.Content, head, 0.4);
            }
        }

        return null;
    }

    private static bool IsModified(IElement element) =>
        Modified().IsMatch($"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}");

    private static PublicationDate Found(DateOnly date, PublicationDateSource source, string evidence, double confidence) =>
        new(date, DatePrecision.Day, source, evidence.Length > 200 ? evidence[..200] : evidence, confidence);

    [GeneratedRegex(@"publish|posted|post-?date|entry-?date|article-?date|story-?date|dateline|byline|timestamp|\bdate\b|-date\b|date-|_date|pubdate|meta-?date|time", RegexOptions.IgnoreCase)]
    private static partial Regex DateLikeName();

    [GeneratedRegex(@"\b(updated|last updated|aktualisiert|stand|mis à jour|actualizado|aggiornato)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    [GeneratedRegex(@"modif|updat|edited|revis", RegexOptions.IgnoreCase)]
    private static partial Regex Modified();

    // Lines that state when the page was viewed ("Today: ...", "Aktuelle Zeit: ...") say nothing of when it was written.
    [GeneratedRegex(@"\b(today|heute|aktuelle zeit|current time|it is currently|aujourd'hui|oggi|hoy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentTime();

    [GeneratedRegex(@"©|\(c\)|copyright", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}
