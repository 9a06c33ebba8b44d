using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class HtmlArticleExtractorTests
{
    private readonly HtmlArticleExtractor _extractor = new();

    [Fact]
    public void Joins_a_story_cut_into_chunks_and_leaves_the_ads_out()
    {
        var article = _extractor.Extract(HtmlPages.Bytes("chunked-story.html"), null);

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("The harbour in Port Elsworth reopened", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("\"We were lucky this time", article.Paragraphs[3], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Advertisement", StringComparison.Ordinal) || p.Contains("Gazette app", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_out_navigation_related_links_and_footer()
    {
        var text = string.Join("\n", _extractor.Extract(HtmlPages.Bytes("chunked-story.html"), null).Paragraphs);

        Assert.DoesNotContain("Ferry timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_outlet_and_byline_from_the_markup()
    {
        var article = _extractor.Extract(HtmlPages.Bytes("jsonld-article.html"), null);

        Assert.Equal("Council approves new bridge", article.Title);
        Assert.Equal("Riverside News", article.Outlet);
        Assert.Equal("Amira Hassan", article.Byline);
        Assert.Equal("en", article.Language);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith("By ", StringComparison.Ordinal) || p.Contains("Most read", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_story_whose_wrapper_is_named_like_furniture()
    {
        var article = _extractor.Extract(HtmlPages.Bytes("widget-wrapped.html"), null);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Contains(article.Paragraphs, p => p.Contains("chief strategy officer", StringComparison.Ordinal));
    }

    [Fact]
    public void Decodes_a_page_in_its_declared_legacy_charset()
    {
        var article = _extractor.Extract(HtmlPages.Bytes("windows-1252.html"), null);

        Assert.Contains("Le café du port a rouvert ses portes mardi après six mois", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("d’un lieu très apprécié", article.Paragraphs[1], StringComparison.Ordinal);
    }
}
