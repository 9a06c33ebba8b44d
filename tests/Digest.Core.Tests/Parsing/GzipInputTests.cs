using Digest.Core.Parsing;
using Digest.Core.Summaries;
using Digest.Core.Tests.Parsing.Html;

namespace Digest.Core.Tests.Parsing;

public sealed class GzipInputTests
{
    [Fact]
    public void Parses_a_gzip_compressed_page_like_the_plain_one()
    {
        var compressed = new ArticleParser().Parse(new ArticleInput("jsonld-article.html.gz", HtmlPages.Bytes("jsonld-article.html.gz"), ArticleMetadata.None));
        var plain = HtmlPages.Parse("jsonld-article.html");

        Assert.Null(compressed.Error);
        Assert.Equal(plain.Title, compressed.Title);
        Assert.Equal(plain.Body, compressed.Body);
    }

    [Fact]
    public void Refuses_a_compressed_article_that_inflates_past_the_limit()
    {
        var summary = new ArticleParser(new ArticleParserOptions(MaxBytes: 200))
            .Parse(new ArticleInput("jsonld-article.html.gz", HtmlPages.Bytes("jsonld-article.html.gz"), ArticleMetadata.None));

        Assert.Contains("too large", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_broken_gzip_stream_as_an_error()
    {
        var broken = HtmlPages.Bytes("jsonld-article.html.gz")[..40];

        var summary = new ArticleParser().Parse(new ArticleInput("broken.html.gz", broken, ArticleMetadata.None));

        Assert.NotNull(summary.Error);
        Assert.Contains("gzip", summary.Error, StringComparison.OrdinalIgnoreCase);
    }
}
