using System.Text.RegularExpressions;

namespace Digest.Core.Text;

/// <summary>
/// The words of an English sentence that carry its meaning, for the parser's comparisons within one article (a sentence
/// against its headline for key sentences and teasers) and its stop-word test for names: lower-cased, stop words dropped,
/// numbers kept, stemmed hard.
/// </summary>
/// <remarks>
/// Not <see cref="ContentWords"/>, which compares articles with one another: that keeps no numbers, drops calendar and
/// other languages' function words, and stems lightly ("discussions" and "discussed" stay apart). Serving the parser
/// with it instead changed the key sentences or other fields of 208 of 799 bench and seed articles, while every test passed.
/// </remarks>
internal static partial class EnglishKeywords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "about", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
        "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "them", "us", "him", "me", "my",
        "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "do", "does", "did",
        "not", "no", "so", "than", "then", "there", "here", "which", "who", "whom", "what", "when", "where", "why", "how",
        "all", "any", "some", "more", "most", "also", "very", "just", "only", "such", "said", "says", "say", "up", "out",
        "over", "after", "before", "while", "during", "per", "via", "against", "between", "both", "each", "other", "own",
    };

    public static bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.Length < 3 || StopWords.Contains(word))
            {
                continue;
            }

            words.Add(Stem(word));
        }

        return words;
    }

    /// <summary>
    /// Strips the commonest English inflections; enough to match "discussions" with "discussed",
    /// not meant as a linguistic stemmer.
    /// </summary>
    public static string Stem(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’-]*|\d[\d,.]*")]
    private static partial Regex Word();
}
