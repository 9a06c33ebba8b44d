using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class HtmlPageCleanerTests
{
    // The selector the cleaner's element test replaced: it must pick out exactly the same elements.
    private const string NeverTextSelector =
        "script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio, picture, button, input, select, " +
        "textarea, nav, aside, footer, header, figure, figcaption, dialog, [hidden], [aria-hidden=true], [role=navigation], " +
        "[role=complementary], [role=contentinfo], [role=banner], [role=dialog]";

    public static TheoryData<string> Pages() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Parsing", "Html"), "*.html").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Never_text_is_what_the_css_selector_of_never_text_matches(string page)
    {
        var document = new HtmlParser().ParseDocument(new MemoryStream(HtmlPages.Bytes(page)));
        var body = document.Body!;

        var bySelector = body.QuerySelectorAll(NeverTextSelector).ToList();
        var byTest = body.Descendants<IElement>().Where(HtmlPageCleaner.IsNeverText).ToList();

        Assert.Equal(bySelector, byTest);
    }

    [Fact]
    public void Never_text_compares_attribute_values_exactly()
    {
        var body = new HtmlParser().ParseDocument(new MemoryStream(HtmlPages.Bytes("never-text-cases.html"))).Body!;
        var ids = body.Descendants<IElement>().Where(HtmlPageCleaner.IsNeverText).Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();

        Assert.Equal(["h1", "d1", "d4", "d7", "d8", "s1", "s2", "m1"], ids);
    }
}
