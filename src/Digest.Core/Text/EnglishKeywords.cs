using System.Buffers;
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string word) => StopWords.Contains(word.ToLowerInvariant());

    /// <summary>Whether a word already in lower case is a stop word, looked up in place.</summary>
    public static bool IsLowerCaseStopWord(ReadOnlySpan<char> word) => StopWordsBySpan.Contains(word);

    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        foreach (var word in Enumerate(text))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// The same words as <see cref="Of"/>, in the same order, each a span that is valid until the next one is read: for
    /// comparing every sentence of an article without a string per word.
    /// </summary>
    public static KeywordEnumerator Enumerate(string text) => new(Word().EnumerateMatches(text), text);

    /// <summary>The keywords of a text, lower-cased and stemmed into a pooled buffer, one at a time.</summary>
    public ref struct KeywordEnumerator(Regex.ValueMatchEnumerator matches, string text)
    {
        private Regex.ValueMatchEnumerator _matches = matches;
        private char[] _buffer = [];

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly KeywordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_matches.MoveNext())
            {
                var match = _matches.Current;
                if (match.Length < 3)
                {
                    continue;
                }

                if (_buffer.Length < match.Length)
                {
                    Dispose();
                    _buffer = ArrayPool<char>.Shared.Rent(Math.Max(64, match.Length));
                }

                // Lower-casing maps one char to one, so the word keeps its length.
                var word = _buffer.AsSpan(0, match.Length);
                text.AsSpan(match.Index, match.Length).ToLowerInvariant(word);
                if (StopWordsBySpan.Contains(word))
                {
                    continue;
                }

                Current = Stem(word);
                return true;
            }

            return false;
        }

        /// <summary>Gives the buffer back to the pool it was rented from (foreach calls this); <see cref="Current"/> is gone with it.</summary>
        public void Dispose()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = [];
            }
        }
    }

    /// <summary>
    /// Strips the commonest English inflections; enough to match "discussions" with "discussed",
    /// not meant as a linguistic stemmer.
    /// </summary>
    public static string Stem(string word) => Stem(word.AsSpan()) is var stem && stem.Length == word.Length ? word : stem.ToString();

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
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
