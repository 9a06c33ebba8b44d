using Digest.Core.Parsing;

namespace Digest.Core.Tests.Parsing;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("german.txt", "de")]
    [InlineData("french.txt", "fr")]
    [InlineData("russian.txt", "ru")]
    [InlineData("he-said.txt", "en")]
    [InlineData("swedish.txt", "sv")]
    [InlineData("spanish.txt", "es")]
    public void Guesses_the_language_from_stop_words_and_script(string file, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(SeedArticles.TestFile(file)));
    }

    [Fact]
    public void Says_undetermined_for_text_without_words()
    {
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect("12345 67890"));
    }
}
