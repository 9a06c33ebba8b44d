using System.Text;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class ArticleParserRobustnessTests
{
    private readonly ArticleParser parser = new();

    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Never_throws_on_a_truncated_seed(string seed)
    {
        var text = Encoding.UTF8.GetString(SeedArticles.Input(seed).Content.Span);
        for (var length = 0; length <= text.Length; length += 41)
        {
            var summary = parser.Parse(ArticleInput.FromText(seed, text[..length]));

            Assert.Equal(ArticleParser.Version, summary.ParserVersion);
        }
    }

    [Theory]
    [InlineData("“")]
    [InlineData("\"\"\"\"")]
    [InlineData("Title only")]
    [InlineData("Today: Monday, 27 May 2024 year")]
    [InlineData("AFP")]
    [InlineData("By Someone Name")]
    [InlineData("A headline for the test\n\n“An unclosed quote that runs on and on, said Someone.\n\n”")]
    [InlineData("A headline for the test\n\nFrom 1 to 2 to 3 - 4 and 5, 6,000,000 m on Friday February 30 in 2099.")]
    [InlineData("<p>")]
    [InlineData("# \n\n**\n\n[]()")]
    public void Never_throws_on_odd_input(string text)
    {
        var summary = parser.Parse(ArticleInput.FromText("odd.txt", text));

        Assert.NotNull(summary.Body);
    }
}
