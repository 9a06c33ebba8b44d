using System.Text;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class ArticleParserTests
{
    private readonly ArticleParser parser = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\u00A0\u00A0")]
    public void Rejects_empty_or_whitespace_input(string text)
    {
        var summary = parser.Parse(ArticleInput.FromText("empty.txt", text));

        Assert.Equal("Article is empty", summary.Error);
        Assert.Equal("empty.txt", summary.Name);
        Assert.Equal(ArticleParser.Version, summary.ParserVersion);
    }

    [Fact]
    public void Rejects_binary_input_without_throwing()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var summary = parser.Parse(new ArticleInput("image.png", bytes, ArticleMetadata.None));

        Assert.NotNull(summary.Error);
        Assert.Equal(string.Empty, summary.Body);
    }

    [Fact]
    public void Rejects_input_larger_than_the_configured_limit()
    {
        var small = new ArticleParser(new ArticleParserOptions(MaxBytes: 100));

        var summary = small.Parse(ArticleInput.FromText("big.txt", new string('a', 101)));

        Assert.StartsWith("Article is too large", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stamps_the_parser_version()
    {
        var summary = SeedArticles.ParseTestFile("figures.txt");

        Assert.Equal(ArticleParser.Version, summary.ParserVersion);
        Assert.Null(summary.Error);
    }

    [Fact]
    public void Reduces_html_to_its_text()
    {
        var summary = SeedArticles.ParseTestFile("page.html");

        Assert.Equal("Ministers agree to widen training mission", summary.Title);
        Assert.DoesNotContain("<", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("not text", summary.Body, StringComparison.Ordinal);
        Assert.Contains("trainers & advisers", summary.Body, StringComparison.Ordinal);
        Assert.Contains(summary.Warnings, w => w.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_an_html_page_in_its_declared_charset_without_a_latin1_warning()
    {
        var summary = Html.HtmlPages.Parse("windows-1252.html");

        Assert.Contains("Le café du port a rouvert", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Warnings, w => w.Contains("Latin-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Still_decodes_pasted_text_that_is_not_utf8_as_latin1_and_says_so()
    {
        var text = Encoding.Latin1.GetBytes("Le café du port a rouvert ses portes mardi après six mois de travaux, a annoncé la mairie.");

        var summary = parser.Parse(new ArticleInput("cafe.txt", text, ArticleMetadata.None));

        Assert.Contains("café", summary.Body, StringComparison.Ordinal);
        Assert.Contains(summary.Warnings, w => w.Contains("Latin-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_long_text_that_turns_binary_after_its_head()
    {
        var head = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A plain sentence of the article. ", 2_100)));
        var tail = new byte[40_000];
        new Random(7).NextBytes(tail);
        Array.Fill(tail, (byte)0, 0, 4_000);

        var summary = parser.Parse(new ArticleInput("long.txt", head.Concat(tail).ToArray(), ArticleMetadata.None));

        Assert.Equal("Article is binary, not text", summary.Error);
    }

    [Fact]
    public void Strips_markdown_syntax()
    {
        var summary = SeedArticles.ParseTestFile("article.md");

        Assert.Equal("Ministers agree to widen training mission", summary.Title);
        Assert.Equal("Anna Berg", summary.Byline);
        Assert.Contains("widen the training mission, officials said", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", summary.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_url_and_source_from_metadata()
    {
        var metadata = new ArticleMetadata(Url: "https://example.org/world/2020/02/12/nato-iraq/", Source: "Example News");

        var summary = SeedArticles.ParseTestFile("figures.txt", metadata);

        Assert.Equal(metadata.Url, summary.Url);
        Assert.Equal("Example News", summary.Outlet);
        Assert.Equal(new DateOnly(2020, 2, 12), summary.Published?.Date);
        Assert.Equal(PublicationDateSource.Url, summary.Published?.Source);
    }

    [Fact]
    public void Counts_words_of_the_body()
    {
        var summary = parser.Parse(ArticleInput.FromText("a.txt", "A headline for the test\n\nOne two three four five six seven."));

        Assert.Equal(7, summary.WordCount);
    }

    [Fact]
    public void Detects_utf16_input_through_the_public_api()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("A headline for the test\r\n\r\nThe body text is here.")).ToArray();

        var summary = parser.Parse(new ArticleInput("u16.txt", bytes, ArticleMetadata.None));

        Assert.Equal("A headline for the test", summary.Title);
        Assert.Equal("The body text is here.", summary.Body);
    }
}
