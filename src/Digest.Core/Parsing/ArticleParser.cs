using Digest.Core.Parsing.Html;
using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>Turns one raw article (pasted text, HTML or Markdown) into its structured summary.</summary>
public sealed class ArticleParser
{
    /// <summary>Bumped whenever a change to parsing changes summaries, so stored ones can be recognised and re-parsed.</summary>
    public const string Version = "0.7.0";

    private readonly ArticleParserOptions options;
    private readonly HtmlArticleExtractor htmlExtractor = new();

    public ArticleParser()
        : this(ArticleParserOptions.Default)
    {
    }

    public ArticleParser(ArticleParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    public ArticleSummary Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var metadata = input.Metadata ?? ArticleMetadata.None;
        var content = input.Content;
        if (GzipContent.IsGzip(content.Span))
        {
            var (inflated, gzipError) = GzipContent.Inflate(content, options.MaxBytes);
            if (gzipError is not null)
            {
                return Failed(input, gzipError);
            }

            content = inflated;
        }

        if (content.Length > options.MaxBytes)
        {
            return Failed(input, $"Article is too large: {content.Length} bytes, limit {options.MaxBytes}");
        }

        var decoded = TextDecoder.Decode(content.Span);
        if (decoded.Error is not null)
        {
            return Failed(input, decoded.Error);
        }

        var warnings = decoded.Warnings.ToList();
        var text = decoded.Text;
        HtmlArticle? page = null;
        if (HtmlDetector.LooksLikeHtml(text))
        {
            // Bytes, not the decoded text: the HTML parser honours the page's own <meta charset>.
            page = htmlExtractor.Extract(content, metadata.Url);
            text = string.Join("\n\n", page.Paragraphs);
            warnings.Add("Content is HTML; its article text was extracted.");
        }
        else
        {
            text = MarkdownTextExtractor.ToText(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(input, page is null ? "Article is empty" : "No article text found in the HTML page");
        }

        // An extracted page is already story text; pasted text still carries the site around it.
        var layout = page is null ? PageChromeFilter.Filter(text) : ArticleLayout.FromParagraphs(page.Title, page.Paragraphs);
        warnings.AddRange(layout.Warnings);
        var body = string.Join("\n\n", layout.Paragraphs);
        var sentences = SentenceSplitter.SplitBody(body);
        var (published, dateWarnings) = page?.Published is { } pagePublished && string.IsNullOrWhiteSpace(metadata.Published)
            ? (pagePublished, [])
            : PublicationDateResolver.Resolve(metadata, layout.Datelines, body, options.CollectedOn);
        warnings.AddRange(dateWarnings);
        var entities = EntityExtractor.Extract(sentences);
        var title = layout.Title ?? page?.Title ?? input.Name;

        return new ArticleSummary
        {
            Name = input.Name,
            ParserVersion = Version,
            Title = title,
            Byline = layout.Byline ?? page?.Byline,
            Outlet = !string.IsNullOrWhiteSpace(metadata.Source) ? metadata.Source : layout.Outlet ?? page?.Outlet,
            Url = metadata.Url,
            Published = published,
            Language = page?.Language ?? LanguageDetector.Detect(title + "\n" + body),
            Body = body,
            WordCount = CountWords(body),
            KeySentences = KeySentenceSelector.Select(title, sentences, entities.Entities.Select(e => e.Name).ToList()),
            Entities = entities.Entities,
            Figures = FigureExtractor.Extract(sentences),
            Quotes = sentences.Count == 0 ? [] : QuoteExtractor.Extract(body, sentences, entities),
            Dates = DateMentionResolver.Resolve(sentences, published),
            Warnings = warnings,
        };
    }

    private static int CountWords(string body) =>
        body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private static ArticleSummary Failed(ArticleInput input, string error) => new()
    {
        Name = input.Name,
        ParserVersion = Version,
        Title = string.Empty,
        Body = string.Empty,
        Error = error,
    };
}
