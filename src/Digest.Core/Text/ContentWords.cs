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
    public const int StackWordLength = 128;

    [ThreadStatic]
    private static HashSet<string>? t_gathered;

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
        foreach (var word in Read(text, language, stackalloc char[StackWordLength]))
        {
            words.Add(new string(word));
        }

        return words;
    }

    /// <summary>The distinct content words of <paramref name="text"/>, leaving out English function words.</summary>
    /// <remarks>
    /// The words are gathered in a set kept for the thread and copied into one of their number: a set grown from empty
    /// allocates its arrays three or four times over, and a big story's timeline makes one for each of its tens of
    /// thousands of sentences on every digest. The copy enumerates in the same order, the order words first occur.
    /// </remarks>
    public static HashSet<string> SetOf(string? text)
    {
        var gathered = t_gathered ??= new HashSet<string>(StringComparer.Ordinal);
        gathered.Clear();
        var lookup = gathered.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in Read(text, language: null, stackalloc char[StackWordLength]))
        {
            lookup.Add(word);
        }

        var words = new HashSet<string>(gathered.Count, StringComparer.Ordinal);
        foreach (var word in gathered)
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>
    /// The words <see cref="Of"/> gives, each in <paramref name="buffer"/> until the next is read: counting them by span
    /// makes a string for each distinct word only. A buffer of <see cref="StackWordLength"/> holds any ordinary word.
    /// </summary>
    public static Reader Read(string? text, string? language, Span<char> buffer) => new(text ?? string.Empty, language, buffer);

    // A deliberately crude suffix stripper: it only has to map "suspended"/"suspend" and
    // "ministers"/"minister" to one key, consistently, not produce dictionary words. Works in place.
    private static Span<char> Stem(Span<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Reads the content words of a text one by one, each lower-cased and stemmed into a buffer.</summary>
    public ref struct Reader
    {
        private readonly string _text;
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords;
        private readonly Span<char> _buffer;
        private Regex.ValueMatchEnumerator _matches;

        internal Reader(string text, string? language, Span<char> buffer)
        {
            _text = text;
            _functionWords = FunctionWords.SpanLookupOf(language);
            _buffer = buffer;
            _matches = WordPattern().EnumerateMatches(text);
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Reader GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_matches.MoveNext())
            {
                var match = _matches.Current;
                var source = _text.AsSpan(match.Index, match.Length);
                var word = source.Length <= _buffer.Length ? _buffer[..source.Length] : new char[source.Length];
                source.ToLowerInvariant(word);
                word.Replace('’', '\'');
                if (word.EndsWith("'s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                }

                // A word too short as it stands is too short without its apostrophes, whatever the lists say.
                if (word.Length < 3 || _functionWords.Contains(word))
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

                // Without an apostrophe the word is the one just looked up in the function words.
                var hadApostrophe = length < word.Length;
                word = word[..length];
                if (word.Length < 3 || StopWordLookup.Contains(word) || (hadApostrophe && _functionWords.Contains(word)))
                {
                    continue;
                }

                if (SpellingLookup.TryGetValue(word, out var spelt))
                {
                    word = spelt.Length <= _buffer.Length ? _buffer[..spelt.Length] : new char[spelt.Length];
                    spelt.CopyTo(word);
                }

                Current = Stem(word);
                return true;
            }

            return false;
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
