using Digest.Core.Parsing;

namespace Digest.Core.Tests.Parsing;

public sealed class KeySentenceSelectorTests
{
    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Picks_three_to_five_body_sentences_in_reading_order(string seed)
    {
        var summary = SeedArticles.Parse(seed);

        Assert.InRange(summary.KeySentences.Count, 3, 5);
        var positions = summary.KeySentences.Select(s => summary.Body.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Prefers_sentences_sharing_the_headline_words()
    {
        var sentences = SentenceSplitter.SplitBody(
            "The weather was mild across the region for most of the week. NATO will expand its training mission in Iraq to about 4,000 personnel. " +
            "Local markets were busy with shoppers buying food for the holiday. The expanded mission in Iraq starts in spring, NATO officials said. " +
            "A football match drew a large crowd to the stadium on Saturday evening.");

        var picked = KeySentenceSelector.Select("NATO to expand Iraq training mission", sentences, ["NATO", "Iraq"]);

        Assert.Contains("NATO will expand its training mission in Iraq to about 4,000 personnel.", picked);
        Assert.Contains("The expanded mission in Iraq starts in spring, NATO officials said.", picked);
        Assert.DoesNotContain("A football match drew a large crowd to the stadium on Saturday evening.", picked);
    }
}
