using Digest.Core.Parsing.Html;
using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>Turns one raw article (pasted text, HTML or Markdown) into its structured summary.</summary>
public sealed class ArticleParser
{
    /// <summary>Bumped whenever a change to parsing changes summaries, so stored ones can be recognised and re-parsed.</summary>
    public const string Version = "0.8.5";

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

    public ArticleParserOptions Options => options;

    /// <summary>The summary of an article refused for its size before it was read, as parsing would give it.</summary>
    public static ArticleSummary TooLarge(string name, long bytes, int limit) =>
        Failed(new ArticleInput(name, ReadOnlyMemory<byte>.Empty, ArticleMetadata.None), TooLargeError(bytes, limit));

    public ArticleSummary Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Parse(input, new ParseDeadline(options.Time ?? TimeProvider.System, options.TimeBudget ?? ArticleParserOptions.DefaultTimeBudget));
        }
        catch (ParseTimeoutException e)
        {
            return Failed(input, e.Message);
        }
    }

    private ArticleSummary Parse(ArticleInput input, ParseDeadline deadline)
    {
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
            return Failed(input, TooLargeError(content.Length, options.MaxBytes));
        }

        if (ContentSniffer.NonArticleFormat(content.Span) is { } format)
        {
            return Failed(input, $"Article is {format}, not text, HTML or Markdown");
        }

        // A page is told from pasted text by its tags near the top, so only its head is read as text: the HTML parser reads
        // the page's bytes itself, in the charset the page declares. Pasted text is read whole, and normalised.
        var head = TextDecoder.Read(content.Span[..Math.Min(content.Length, HtmlDetector.Window)]);
        var warnings = new List<string>();
        HtmlArticle? page = null;
        string text;
        deadline.Check("reading the page");
        if (head.Error is null && HtmlDetector.LooksLikeHtml(head.Text))
        {
            page = htmlExtractor.Extract(content, metadata.Url, deadline);
            text = string.Join("\n\n", page.Paragraphs);
            warnings.Add("Content is HTML; its article text was extracted.");
        }
        else
        {
            var decoded = content.Length <= HtmlDetector.Window ? head : TextDecoder.Read(content.Span);
            if (decoded.Error is not null)
            {
                return Failed(input, decoded.Error);
            }

            warnings.AddRange(decoded.Warnings);
            text = MarkdownTextExtractor.ToText(TextDecoder.Normalise(decoded.Text));
            if (TokenizedText.LooksTokenized(text))
            {
                text = TokenizedText.Restore(text);
                warnings.Add("Text arrived split into tokens (-LRB-, ``, spaced commas); its punctuation and quotes were joined back.");
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(input, page is null ? "Article is empty" : "No article text found in the HTML page");
        }

        if (text.Length > options.MaxTextChars)
        {
            text = CutAtParagraph(text, options.MaxTextChars);
            warnings.Add($"Article text is longer than {options.MaxTextChars} characters; the rest was left out.");
        }

        deadline.Check("finding the article's parts");

        // An extracted page is already story text; pasted text still carries the site around it.
        var layout = page is null ? PageChromeFilter.Filter(text) : ArticleLayout.FromParagraphs(page.Title, page.Paragraphs);
        warnings.AddRange(layout.Warnings);
        var body = string.Join("\n\n", layout.Paragraphs);
        if (string.IsNullOrWhiteSpace(body))
        {
            // Every line looked like page furniture; an article of only such lines is still the article, not nothing.
            body = text.Trim();
            warnings.Add("No paragraph looked like story text; the whole text was kept as the body.");
        }

        if (body.Length > options.MaxTextChars)
        {
            body = CutAtParagraph(body, options.MaxTextChars);
        }

        deadline.Check("splitting sentences");
        var sentences = SentenceSplitter.SplitBody(body);
        var (published, dateWarnings) = page?.Published is { } pagePublished && string.IsNullOrWhiteSpace(metadata.Published)
            ? (pagePublished, [])
            : PublicationDateResolver.Resolve(metadata, layout.Datelines, body, options.CollectedOn);
        warnings.AddRange(dateWarnings);
        var title = layout.Title ?? page?.Title ?? input.Name;
        var language = page?.Language ?? LanguageDetector.Detect(title, body);
        deadline.Check("finding entities");
        var entities = EntityExtractor.Extract(sentences, language);
        deadline.Check("finding figures, quotes and dates");
        var figures = FigureExtractor.Extract(sentences, language);
        var quotes = sentences.Count == 0 ? [] : QuoteExtractor.Extract(body, sentences, entities);
        var dates = DateMentionResolver.Resolve(sentences, published);
        deadline.Check("choosing key sentences");

        return new ArticleSummary
        {
            Name = input.Name,
            ParserVersion = Version,
            Title = title,
            Byline = layout.Byline ?? page?.Byline,
            Outlet = !string.IsNullOrWhiteSpace(metadata.Source) ? metadata.Source : layout.Outlet ?? page?.Outlet,
            Url = metadata.Url,
            Published = published,
            Language = language,
            Body = body,
            WordCount = CountWords(body),
            SentenceSpans = ArticleSentences.SpansOf(sentences),
            KeySentences = KeySentenceSelector.Select(title, sentences, entities.Entities.Select(e => e.Name).ToList()),
            Entities = entities.Entities,
            Figures = figures,
            Quotes = quotes,
            Dates = dates,
            Warnings = warnings,
        };
    }

    private static string TooLargeError(long bytes, int limit) => $"Article is too large: {bytes} bytes, limit {limit}";

    // The text up to the last paragraph break within the limit, so no sentence is cut in half.
    private static string CutAtParagraph(string text, int limit)
    {
        var cut = text.LastIndexOf("\n\n", limit, StringComparison.Ordinal);
        return cut > limit / 2 ? text[..cut] : text[..limit];
    }

    // Words are what spaces and line breaks separate, counted when they have a letter or digit (a dash alone is no word).
    private static int CountWords(string body)
    {
        var words = 0;
        var counted = false;
        foreach (var c in body)
        {
            if (c is ' ' or '\n')
            {
                counted = false;
            }
            else if (!counted && char.IsLetterOrDigit(c))
            {
                words++;
                counted = true;
            }
        }

        return words;
    }

    private static ArticleSummary Failed(ArticleInput input, string error) => new()
    {
        Name = input.Name,
        ParserVersion = Version,
        Title = string.Empty,
        Body = string.Empty,
        Error = error,
    };
}
