using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Core.Parsing.Html;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class HtmlTextTests
{
    public static TheoryData<string> Pages() => HtmlPageCleanerTests.Pages();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Folded_length_is_the_length_of_the_folded_text_of_every_element(string page)
    {
        var document = new HtmlParser().ParseDocument(new MemoryStream(HtmlPages.Bytes(page)));

        Assert.All(document.DocumentElement.Descendants<IElement>().Prepend(document.DocumentElement), element =>
            Assert.Equal(HtmlText.Of(element).Length, HtmlText.FoldedLength(element)));
    }

    [Theory]
    [InlineData("<p>  two\n\n words  </p>", 9)]
    [InlineData("<p>a<b> </b>b</p>", 3)]
    [InlineData("<p>\u200b<i>x</i>\u200b\u200by</p>", 3)]
    [InlineData("<p> </p>", 0)]
    public void Folded_length_collapses_runs_of_space_across_elements_and_drops_the_ends(string html, int length)
    {
        var paragraph = new HtmlParser().ParseDocument(html).QuerySelector("p")!;

        Assert.Equal(length, HtmlText.FoldedLength(paragraph));
        Assert.Equal(HtmlText.Of(paragraph).Length, HtmlText.FoldedLength(paragraph));
    }
}
