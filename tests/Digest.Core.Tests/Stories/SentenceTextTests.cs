using Digest.Core.Stories;

namespace Digest.Core.Tests.Stories;

public class SentenceTextTests
{
    [Fact]
    public void Keeps_the_clause_that_holds_the_date_when_a_sentence_tells_two_events()
    {
        const string sentence = "In 2018, NATO agreed to start a mission, but the operations were suspended in January after a strike.";

        Assert.Equal("The operations were suspended in January after a strike.", SentenceText.ClauseAround(sentence, "January", ["In 2018"]));
        Assert.Equal("In 2018, NATO agreed to start a mission.", SentenceText.ClauseAround(sentence, "In 2018", ["January"]));
    }

    [Fact]
    public void Keeps_the_whole_sentence_when_it_holds_one_date()
    {
        const string sentence = "The mission was suspended in January, but it will resume.";

        Assert.Equal(sentence, SentenceText.ClauseAround(sentence, "January", []));
    }

    [Fact]
    public void Drops_a_leading_dateline_and_extra_whitespace()
    {
        Assert.Equal("NATO ministers met.", SentenceText.Clean("BRUSSELS—  NATO   ministers met."));
    }

    [Theory]
    [InlineData("“We will do more,” he said.", 0.6, 1.0)]
    [InlineData("The ministers met in Brussels and agreed to “do more”.", 0.0, 0.3)]
    public void Measures_how_much_of_a_sentence_is_quoted(string sentence, double atLeast, double atMost)
    {
        Assert.InRange(SentenceText.QuoteShare(sentence), atLeast, atMost);
    }

    [Fact]
    public void Restores_the_opening_mark_of_a_quotation_cut_midway()
    {
        Assert.Equal(
            "\"The matter will be discussed in February 2021,\" Stoltenberg added.",
            SentenceText.Clean("The matter will be discussed in February 2021,\" Stoltenberg added."));
    }
}
