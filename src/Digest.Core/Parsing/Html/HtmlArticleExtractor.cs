using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Core.Languages;

namespace Digest.Core.Parsing.Html;

/// <summary>Extracts an article from an HTML page: its main text, title, byline, outlet, language and publication date.</summary>
public sealed class HtmlArticleExtractor
{
    // Fewer characters than a short news item's few paragraphs: the class-name pruning most likely removed the story.
    private const int MinArticleLength = 500;

    static HtmlArticleExtractor()
    {
        // Pages still come in windows-1252, Shift_JIS and friends; .NET knows them only with this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public HtmlArticle Extract(ReadOnlyMemory<byte> raw, string? url) => Extract(raw, url, ParseDeadline.None);

    internal HtmlArticle Extract(ReadOnlyMemory<byte> raw, string? url, ParseDeadline deadline)
    {
        // A page in UTF-16 has no single-byte '<' to scan for; it is parsed as it comes.
        var content = raw.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || raw.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? raw
            : HtmlPreprocessor.Prepare(raw.Span);
        var document = Parse(content);
        deadline.Check("reading the page's metadata");

        var jsonLd = JsonLdArticle.Read(document);
        var metas = new MetaTags(document);
        var published = HtmlPublicationDateFinder.Find(document, jsonLd, url);
        var outlet = Meta(metas, "og:site_name", "application-name") ?? jsonLd?.Publisher;
        var byline = BylineFinder.Find(document, metas, jsonLd, outlet, url);
        var title = Title(document, metas, jsonLd) is { } found ? SiteNameTrimmer.Trim(found, outlet, url) : null;
        var language = Language(document, metas);

        var paragraphs = (IReadOnlyList<string>)[];
        if (document.Body is { } body)
        {
            deadline.Check("cleaning the page");
            HtmlPageCleaner.Clean(body);
            deadline.Check("finding the article's text");
            paragraphs = ArticleBlockFilter.Keep(BlockTextCollector.Collect(ContentRootFinder.Find(body)), title);

            // Pruning by class names is a bet; when it leaves (almost) nothing, do what Readability does and
            // look again at the page with only scripts, navigation and hidden parts removed. Rare, so the page is
            // parsed again rather than copied up front.
            if (paragraphs.Sum(p => p.Length) < MinArticleLength && Parse(content).Body is { } pristine)
            {
                deadline.Check("looking at the page again");
                HtmlPageCleaner.RemoveNeverText(pristine);
                HtmlPageCleaner.RemoveHidden(pristine);
                var second = ArticleBlockFilter.Keep(BlockTextCollector.Collect(ContentRootFinder.Find(pristine)), title);
                if (second.Sum(p => p.Length) > paragraphs.Sum(p => p.Length))
                {
                    paragraphs = second;
                }
            }
        }

        // The declared articleBody is the publisher's own text; prefer it when the page's markup yielded much less.
        if (jsonLd?.ArticleBody is { } declared && declared.Length > 1.5 * paragraphs.Sum(p => p.Length))
        {
            paragraphs = declared.Split('\n').Select(HtmlText.Fold).Where(p => p.Length > 0).ToList();
        }

        return new HtmlArticle(title, paragraphs, byline, outlet, language, published);
    }

    /// <summary>
    /// Attributes no rule reads, left out of the document as it is built: links, images' sources and sizes, scripts' hooks
    /// and SVG geometry are most of a page's attributes, and each would be a node and two strings. A rule that starts to
    /// read one of these must take it off the list (a test holds the rules' attribute names to it).
    /// </summary>
    internal static readonly FrozenSet<string> UnreadAttributes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "href", "src", "srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority", "target", "tabindex", "alt", "media",
        "crossorigin", "integrity", "referrerpolicy", "xmlns", "viewbox", "d", "fill", "stroke");

    /// <summary>Custom data attributes (<c>data-*</c>), which hold scripts' state, not the article.</summary>
    internal const string DataAttributePrefix = "data-";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnreadAttributeLookup = UnreadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Element positions are for editors, and no rule reads them or the attributes above.
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = static (ref _, name) => IsRead(name.Span),
    };

    internal static bool IsRead(ReadOnlySpan<char> attribute) =>
        !attribute.StartsWith(DataAttributePrefix, StringComparison.OrdinalIgnoreCase) && !UnreadAttributeLookup.Contains(attribute);

    // The parser reads the bytes in place (no stream over them), decoding as UTF-8 until a BOM or the page's own charset
    // declaration says otherwise, as it does for a stream.
    internal static IDocument Parse(ReadOnlyMemory<byte> content) => new HtmlParser(ParserOptions).ParseDocument(content, encoding: null);

    private static string? Title(IDocument document, MetaTags metas, JsonLdArticle? jsonLd)
    {
        var candidates = new[]
        {
            Meta(metas, "og:title", "twitter:title"),
            jsonLd?.Headline,
            document.QuerySelector("h1") is { } h1 ? HtmlText.Of(h1) : null,
            HtmlText.Fold(document.Title ?? ""),
        };
        return candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate)) is { } title ? System.Net.WebUtility.HtmlDecode(title) : null;
    }

    private static string? Language(IDocument document, MetaTags metas)
    {
        var declared = document.DocumentElement.GetAttribute("lang") ?? Meta(metas, "og:locale", "content-language", "language", "dc.language");
        return LanguageTag.Parse(declared)?.Code;
    }

    private static string? Meta(MetaTags metas, params string[] names) => metas.First(names) is { } content ? HtmlText.Fold(content) : null;
}
