using Digest.Core.Parsing;

namespace Digest.Core.Tests.Parsing;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_end_punctuation_followed_by_a_capital()
    {
        Assert.Equal(["NATO is expanding.", "This is new!", "Is it?"], SentenceSplitter.Split("NATO is expanding.  This is new! Is it?"));
    }

    [Fact]
    public void Keeps_closing_quotes_with_their_sentence()
    {
        Assert.Equal(["“It will resume.”", "“Iraq is key,” he said."], SentenceSplitter.Split("“It will resume.” “Iraq is key,” he said."));
    }

    [Fact]
    public void Does_not_split_after_abbreviations_and_initials()
    {
        Assert.Single(SentenceSplitter.Split("Mr. Smith met Dr. Jones and J. Doe in the U.S. capital on Feb. 12."));
    }

    [Fact]
    public void Records_where_each_sentence_starts_in_the_body()
    {
        var body = "First one. Second one.\n\nThird one.";

        var sentences = SentenceSplitter.SplitBody(body);

        Assert.All(sentences, s => Assert.Equal(s.Text, body.Substring(s.Start, s.Text.Length)));
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
