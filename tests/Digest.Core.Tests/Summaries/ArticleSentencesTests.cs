using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Summaries;

public sealed class ArticleSentencesTests
{
    private static IEnumerable<ArticleSummary> ParsedSeeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds")).Order(StringComparer.Ordinal)
            .Select(f => new ArticleParser().Parse(new ArticleInput(Path.GetFileName(f), File.ReadAllBytes(f), ArticleMetadata.None)));

    [Fact]
    public void Reads_the_sentences_the_parser_recorded_as_it_split_them()
    {
        foreach (var summary in ParsedSeeds())
        {
            Assert.NotEmpty(summary.SentenceSpans);
            Assert.Equal(SentenceSplitter.SplitBody(summary.Body).Select(s => s.Text), ArticleSentences.Of(summary));
        }
    }

    [Fact]
    public void Splits_the_body_of_a_summary_from_before_sentences_were_recorded()
    {
        var summary = ParsedSeeds().First();

        Assert.Equal(ArticleSentences.Of(summary), ArticleSentences.Of(summary with { SentenceSpans = [] }));
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 0, 100_000 })]
    [InlineData(new[] { -1, 5 })]
    public void Splits_the_body_again_rather_than_trust_spans_that_do_not_fit_it(int[] spans)
    {
        var summary = ParsedSeeds().First();

        Assert.Equal(SentenceSplitter.SplitBody(summary.Body).Select(s => s.Text), ArticleSentences.Of(summary with { SentenceSpans = spans }));
    }
}
