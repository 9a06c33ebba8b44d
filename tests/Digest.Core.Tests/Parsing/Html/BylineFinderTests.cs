using AngleSharp.Html.Parser;
using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class BylineFinderTests
{
    [Theory]
    [InlineData("<p class=\"author\">von <a href=\"mailto:a@b.de\">David Straub, MDR THÜRINGEN</a></p>", "David Straub, MDR THÜRINGEN")]
    [InlineData("<ul class=\"metaInfoAuthorList\"><li><a href=\"/author/x/\">Nathaniel Flakin</a></li></ul>", "Nathaniel Flakin")]
    [InlineData("<span itemprop=\"author\" itemscope><span itemprop=\"name\">Ana Pérez</span></span>", "Ana Pérez")]
    [InlineData("<a rel=\"author\" href=\"/a\">Jo Smith</a> and <a rel=\"author\" href=\"/b\">Li Wei</a>", "Jo Smith, Li Wei")]
    public void Finds_the_visible_byline_when_the_meta_author_is_the_site(string markup, string expected)
    {
        var page = $"<html><head><meta name=\"author\" content=\"news.example.org\"></head><body><h1>Headline</h1>{markup}<p>Text.</p></body></html>";

        Assert.Equal(expected, Find(page));
    }

    [Fact]
    public void Credits_the_outlet_when_no_person_is_named()
    {
        Assert.Equal("news.example.org", Find("<html><head><meta name=\"author\" content=\"news.example.org\"></head><body><p>Text.</p></body></html>"));
    }

    [Theory]
    [InlineData("<div class=\"byline\">Veröffentlicht am 27.04.24 um 07:39 Uhr</div>")]
    [InlineData("<div class=\"byline\">By</div>")]
    [InlineData("<div class=\"author-bio\">Jo Smith writes about science for us since 2010 and lives in Leeds.</div>")]
    public void A_date_a_lone_preposition_or_a_bio_is_no_byline(string markup)
    {
        Assert.Null(Find($"<html><body>{markup}<p>Text.</p></body></html>"));
    }

    private static string? Find(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return BylineFinder.Find(document, new MetaTags(document), jsonLd: null, siteName: null, url: "https://news.example.org/2024/story");
    }
}
