using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public sealed class EnglishKeywordsTests
{
    [Fact]
    public void Keeps_numbers_and_drops_stop_words()
    {
        Assert.Equal(["minister", "discuss", "4,000", "troop"], EnglishKeywords.Of("The ministers discussed 4,000 troops"));
    }

    [Fact]
    public void Stems_a_noun_and_its_verb_alike()
    {
        Assert.Equal(EnglishKeywords.Stem("discussed"), EnglishKeywords.Stem("discussions"));
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("said", true)]
    [InlineData("Brussels", false)]
    public void Tells_stop_words_in_any_case(string word, bool isStopWord)
    {
        Assert.Equal(isStopWord, EnglishKeywords.IsStopWord(word));
    }
}
