using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Languages;

namespace Digest.Core.Text;

/// <summary>Splits text into lower-case, lightly stemmed words that carry meaning, for comparing texts.</summary>
/// <remarks>
/// The story side's words, in any language the function-word lists know; the parser's within-article comparisons keep
/// their own, <see cref="EnglishKeywords"/>, for the reasons given there.
/// </remarks>
internal static partial class ContentWords
{
    // Function words, reporting verbs and calendar words: they say nothing about what a story is about,
    // and calendar words would make any two dated sentences look alike.
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does",
            "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has", "have", "having", "he",
            "her", "here", "hers", "him", "his", "how", "however", "if", "in", "into", "is", "it", "its", "itself", "just", "last",
            "later", "like", "many", "may", "me", "meanwhile", "more", "most", "much", "must", "my", "new", "no", "nor", "not", "now",
            "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "she",
            "should", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "would", "yet", "you", "your",
            "said", "says", "say", "told", "tell", "added", "adding", "according", "noted", "stated", "announced", "reported",
            "today", "yesterday", "tomorrow", "week", "month", "year", "years", "day", "days", "time", "mid", "early", "late",
            .. MonthNames.English, .. MonthNames.EnglishAbbreviations, .. CalendarNames.WeekdayNames,
        ]);

    // British and American spellings of the same word must compare equal.
    private static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["defence"] = "defense",
        ["organisation"] = "organization",
        ["programme"] = "program",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Lower-casing a word into a buffer on the stack, instead of a string per match, is what keeps grouping cheap: every
    // article's words are read once per digest run. A longer "word" (a URL, a run of letters) gets a buffer of its own.
    private const int StackWordLength = 128;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpellingLookup =
        Spellings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The content words of <paramref name="text"/> in order, leaving out English function words and those of <paramref name="language"/>.</summary>
    /// <remarks>
    /// Without its language's function words left out, every German article would share "der", "und" and "nicht" with every
    /// other, and all of them would look like one story.
    /// </remarks>
    public static List<string> Of(string? text, string? language = null)
    {
        var words = new List<string>();
        AddTo(words, text, language);
        return words;
    }

    /// <summary>The distinct content words of <paramref name="text"/>, leaving out English function words.</summary>
    public static HashSet<string> SetOf(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        AddTo(words, text, language: null);
        return words;
    }

    private static void AddTo(ICollection<string> words, string? text, string? language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var functionWords = FunctionWords.Of(language).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stackBuffer = stackalloc char[StackWordLength];
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var source = text.AsSpan(match.Index, match.Length);
            var word = source.Length <= stackBuffer.Length ? stackBuffer[..source.Length] : new char[source.Length];
            source.ToLowerInvariant(word);
            word.Replace('’', '\'');
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (functionWords.Contains(word))
            {
                continue;
            }

            var length = 0;
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] != '\'')
                {
                    word[length++] = word[i];
                }
            }

            word = word[..length];
            if (word.Length < 3 || StopWordLookup.Contains(word) || functionWords.Contains(word))
            {
                continue;
            }

            words.Add(Stem(SpellingLookup.TryGetValue(word, out var spelt) ? spelt : word));
        }
    }

    // A deliberately crude suffix stripper: it only has to map "suspended"/"suspend" and
    // "ministers"/"minister" to one key, consistently, not produce dictionary words.
    private static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word[..^3], "y");
        }

        if (word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return new string(word[..^3]);
        }

        if (word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return new string(word[..^2]);
        }

        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return new string(word[..^1]);
        }

        return new string(word);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
