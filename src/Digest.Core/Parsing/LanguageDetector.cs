using System.Buffers;
using System.Collections.Frozen;
using Digest.Core.Languages;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>Guesses a text's language (ISO 639-1) from how many of each language's function words it uses, or failing that from its script.</summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    // Enough running text for function words to outnumber chance hits of other languages' lists, whatever the article's length.
    private const int MaxWordsRead = 2000;

    // The letters the script shares are taken over.
    private const int MaxLettersRead = 5000;

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(
        [' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', QuoteMarks.Straight, QuoteMarks.Opening, QuoteMarks.Closing, QuoteMarks.LowOpening, QuoteMarks.OpeningGuillemet, QuoteMarks.ClosingGuillemet, '(', ')']);

    /// <summary>The languages with a function-word list, in ordinal order: a tie in hits goes to the first.</summary>
    private static readonly string[] Languages = [.. FunctionWords.Languages.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Each function word and the languages (indices into <see cref="Languages"/>) that list it: one look-up per word of
    /// the text instead of one per word and language.
    /// </summary>
    private static readonly FrozenDictionary<string, int[]> ListedIn = IndexWords();

    private static readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> ListedInBySpan =
        ListedIn.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestWord = ListedIn.Keys.Max(w => w.Length);

    /// <summary>The language of a title and body read as one text, the title on a line of its own.</summary>
    public static string Detect(string title, string body)
    {
        // The two are joined in a pooled buffer rather than a new string per article.
        var length = title.Length + 1 + body.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            title.CopyTo(buffer);
            buffer[title.Length] = '\n';
            body.CopyTo(0, buffer, title.Length + 1, body.Length);
            return Detect(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static string Detect(ReadOnlySpan<char> text)
    {
        if (!HasLetter(text))
        {
            return Undetermined;
        }

        Span<int> hits = stackalloc int[Languages.Length];
        Span<char> lower = stackalloc char[LongestWord];
        var remaining = text;
        for (var words = 0; words < MaxWordsRead && !remaining.IsEmpty;)
        {
            var end = remaining.IndexOfAny(WordSeparators);
            var word = end < 0 ? remaining : remaining[..end];
            remaining = end < 0 ? [] : remaining[(end + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;

            // Lower-casing is one char to one char, so a word longer than every function word is none of them.
            if (word.Length <= LongestWord
                && word.ToLowerInvariant(lower) == word.Length
                && ListedInBySpan.TryGetValue(lower[..word.Length], out var languages))
            {
                foreach (var language in languages)
                {
                    hits[language]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < hits.Length; i++)
        {
            if (hits[i] > hits[best])
            {
                best = i;
            }
        }

        if (hits[best] > 0)
        {
            return Languages[best];
        }

        var (letters, cyrillic, arabic) = ScriptCounts(text);
        if ((double)cyrillic / letters > 0.5)
        {
            return "ru";
        }

        return (double)arabic / letters > 0.5 ? "ar" : Undetermined;
    }

    // Of the first letters of the text: how many, and how many of them Cyrillic and Arabic.
    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Letters, int Cyrillic, int Arabic) ScriptCounts(ReadOnlySpan<char> text)
    {
        var (letters, cyrillic, arabic) = (0, 0, 0);
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06FF' ? 1 : 0;
            if (letters == MaxLettersRead)
            {
                break;
            }
        }

        return (letters, cyrillic, arabic);
    }

    // Plain loops, not LINQ over (word, index) pairs: generic code over value tuples is in no ReadyToRun image and would
    // be compiled on the first article a fresh process parses.
    private static FrozenDictionary<string, int[]> IndexWords()
    {
        var languagesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < Languages.Length; index++)
        {
            foreach (var word in FunctionWords.Of(Languages[index]))
            {
                if (!languagesOf.TryGetValue(word, out var indices))
                {
                    languagesOf[word] = indices = [];
                }

                indices.Add(index);
            }
        }

        return languagesOf.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal);
    }
}
