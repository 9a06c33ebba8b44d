using Digest.Core.Languages;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>Guesses a text's language (ISO 639-1) from how many of each language's function words it uses, or failing that from its script.</summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    // Enough running text for function words to outnumber chance hits of other languages' lists, whatever the article's length.
    private const int MaxWordsRead = 2000;

    public static string Detect(string text)
    {
        var letters = text.Where(char.IsLetter).Take(5000).ToList();
        if (letters.Count == 0)
        {
            return Undetermined;
        }

        var words = text.ToLowerInvariant()
            .Split([' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', QuoteMarks.Straight, QuoteMarks.Opening, QuoteMarks.Closing, QuoteMarks.LowOpening, QuoteMarks.OpeningGuillemet, QuoteMarks.ClosingGuillemet, '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Take(MaxWordsRead)
            .ToList();
        var best = FunctionWords.Languages
            .Select(language => (Language: language, Hits: words.Count(FunctionWords.Of(language).Contains)))
            .OrderByDescending(s => s.Hits)
            .ThenBy(s => s.Language, StringComparer.Ordinal)
            .First();
        if (best.Hits > 0)
        {
            return best.Language;
        }

        if (Share(letters, c => c is >= '\u0400' and <= '\u04FF') > 0.5)
        {
            return "ru";
        }

        return Share(letters, c => c is >= '\u0600' and <= '\u06FF') > 0.5 ? "ar" : Undetermined;
    }

    private static double Share(List<char> letters, Func<char, bool> inScript) =>
        (double)letters.Count(inScript) / letters.Count;
}
