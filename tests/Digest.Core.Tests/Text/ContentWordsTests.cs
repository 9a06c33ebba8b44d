using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public class ContentWordsTests
{
    [Fact]
    public void Drops_function_and_calendar_words()
    {
        Assert.Equal(["nato", "minister", "met"], ContentWords.Of("The NATO ministers met on Wednesday, 12 February"));
    }

    [Fact]
    public void Treats_spelling_variants_and_inflections_as_one_word()
    {
        Assert.Equal(ContentWords.SetOf("defence ministers suspended"), ContentWords.SetOf("defense minister suspend"));
    }

    [Fact]
    public void Strips_possessives_with_either_apostrophe()
    {
        Assert.Equal(["iraq", "iraq"], ContentWords.Of("Iraq’s Iraq's"));
    }

    [Fact]
    public void Drops_function_words_of_the_texts_language_in_either_german_spelling()
    {
        // Grouping reads content words: "dass" left in made every German article share a heavy word with every other.
        Assert.Equal(["regierung", "sagt", "steuern", "steigen"], ContentWords.Of("Die Regierung sagt, dass die Steuern steigen", "de"));
        Assert.Equal(["regierung", "sagt", "steuern", "steigen"], ContentWords.Of("Die Regierung sagt, daß die Steuern steigen", "de-CH"));
    }
}
