using System.Text.RegularExpressions;
using CsCheck;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

/// <summary>
/// The parser's invariants over generated input (CsCheck generators, drawn from a fixed seed so every run checks the same
/// inputs): it never throws, its body is drawn from the input, its dates are real days and its figures finite.
/// </summary>
public sealed partial class ArticleParserPropertyTests
{
    private const int Iterations = 300;

    private static readonly ArticleParser Parser = new();

    // Article-like text: words, numbers, money, dates, quotes, names and punctuation in lines and paragraphs, in several
    // scripts, so the generated input reaches the parser's rules and not only its "empty" and "binary" exits.
    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.OneOf("the", "council", "said", "on", "Tuesday", "bridge", "million", "euros", "NATO", "Iraq", "Biden", "Mr.", "Dr.", "U.S.", "in", "from", "to"),
        Gen.OneOf("“", "”", "\"", "'", ",", ".", "?", "!", ":", "—", "(", ")", "%", "$", "€", "\n", "\n\n", "  "),
        Gen.OneOf("February 12", "12 Feb 2021", "2021-02-22", "last week", "Friday February 14", "31/13/2020", "March 2019", "1999"),
        Gen.OneOf("500", "4,000", "3.5", "1e308", "99999999999999999999999", "-7", "40 million", "2,5 Mrd."),
        Gen.OneOf("Москва", "مجلس", "市议会", "東京", "서울", "Zürich", "naïve"),
        Gen.String[Gen.Char['a', 'z'], 1, 12]);

    private static readonly Gen<string> Article = Token.Array[0, 400].Select(tokens => string.Join(' ', tokens));

    [Fact]
    public void Never_throws_and_keeps_every_invariant_on_article_like_text()
    {
        Assert.All(Samples(Article), text => CheckInvariants(text, Parser.Parse(ArticleInput.FromText("generated.txt", text))));
    }

    [Fact]
    public void Never_throws_on_arbitrary_unicode()
    {
        Assert.All(Samples(Gen.String), text => Assert.NotNull(Parser.Parse(ArticleInput.FromText("generated.txt", text)).Body));
    }

    [Fact]
    public void Never_throws_on_arbitrary_markup()
    {
        var tag = Gen.OneOf("<p>", "</p>", "<div class=\"article-body\">", "</div>", "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->",
            "<a href=\"javascript:x\">", "</a>", "<meta property=\"og:title\" content=\"T\">", "<time datetime=\"2021-02-30\">", "<br>", "<html>", "<body>");
        var markup = Gen.OneOf(tag, Token).Array[0, 300].Select(parts => string.Concat(parts));

        Assert.All(Samples(markup), html => Assert.NotNull(Parser.Parse(ArticleInput.FromText("generated.html", "<html><body>" + html)).Body));
    }

    // A fixed stream and seed: the same inputs on every run and machine, as tests must be.
    private static List<T> Samples<T>(Gen<T> gen)
    {
        var pcg = new PCG(1, 20261130);
        return Enumerable.Range(0, Iterations).Select(_ => gen.Generate(pcg, null, out Size _)).ToList();
    }

    private static void CheckInvariants(string input, ArticleSummary summary)
    {
        var inputWords = Word().Matches(input).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(Word().Matches(summary.Body).Select(m => m.Value), word => Assert.Contains(word, inputWords));
        Assert.All(summary.Figures, figure => Assert.InRange(figure.Value, decimal.MinValue, decimal.MaxValue));
        Assert.All(summary.Dates, mention => Assert.InRange(mention.Date.Year, 1, 9999));
        if (summary.Published is { } published)
        {
            Assert.InRange(published.Date.Year, 1900, 2200);
        }

        Assert.InRange(summary.WordCount, 0, summary.Body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(summary.Error is null || summary.Body.Length == 0, "a summary with an error has no body");
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
