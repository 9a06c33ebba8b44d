using Digest.Core.Digests;
using Digest.Core.Summaries;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

public class HtmlEscapingTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public void Escapes_script_in_article_title()
    {
        var html = Compose(s => s with { Title = "Breaking " + Script });

        AssertInert(html);
    }

    [Fact]
    public void Escapes_script_in_sentences()
    {
        var html = Compose(s => s with
        {
            KeySentences = s.KeySentences.Select(k => k + " " + Script).ToList(),
            Dates = s.Dates.Select(d => d with { Sentence = d.Sentence + " " + Script }).ToList(),
        });

        AssertInert(html);
    }

    [Fact]
    public void Escapes_script_in_quotes_speakers_and_bylines()
    {
        var html = Compose(s => s with
        {
            Byline = Script,
            Outlet = Script,
            Quotes = s.Quotes.Select(q => new Quote(q.Text + Script, Script)).ToList(),
        });

        AssertInert(html);
    }

    [Fact]
    public void Escapes_attribute_breaking_quotes_in_urls()
    {
        var html = Compose(s => s with { Url = "https://example.com/a\"onmouseover=\"alert(1)" });

        Assert.DoesNotContain("\"onmouseover", html, StringComparison.Ordinal);
    }

    private static string Compose(Func<ArticleSummary, ArticleSummary> poison) =>
        new DigestComposer().Compose(StoryFixtures.Seeds().Select(poison).ToList(), DigestFixtures.Weekly).Html;

    private static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
