using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Picks the sentences that best summarise an article: those that share the headline's words, carry figures and names,
/// and come early, as news is written top-down. Returned in reading order.
/// </summary>
internal static partial class KeySentenceSelector
{
    // A key sentence states something whole: shorter lines are captions, labels and fragments; a run past 60 words is
    // several sentences the splitter could not part (a list, a table row), which reads badly as one.
    private const int MinWords = 8;
    private const int MaxWords = 60;

    public static IReadOnlyList<string> Select(string title, IReadOnlyList<Sentence> sentences, IReadOnlyCollection<string> entityNames)
    {
        var titleWords = TitleWords(title);
        var candidates = sentences
            .Select((sentence, index) => (sentence, index))
            .Where(c => IsStatement(c.sentence.Text))
            .ToList();
        var count = Math.Clamp(candidates.Count / 6, 3, 5);
        return candidates
            .Select(c => (c.index, c.sentence.Text, Score: Score(c.sentence.Text, c.index, titleWords, entityNames)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.index)
            .Take(count)
            .OrderBy(c => c.index)
            .Select(c => c.Text)
            .ToList();
    }

    // A sentence with an odd number of quote marks is a piece of a longer quotation, unreadable on its own.
    private static bool IsStatement(string sentence)
    {
        var words = sentence.AsSpan().Count(' ') + 1;
        return words is >= MinWords and <= MaxWords && SentenceEnd().IsMatch(sentence) && QuoteMark().Count(sentence) % 2 == 0;
    }

    // Each distinct keyword of the title and its place in the title's list, so a sentence can mark the ones it shares.
    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TitleWords(string title)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in EnglishKeywords.Of(title))
        {
            words.TryAdd(word, words.Count);
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // How many of the title's distinct keywords the sentence has.
    private static int TitleOverlap(string sentence, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> titleWords)
    {
        Span<bool> shared = titleWords.Dictionary.Count <= 256 ? stackalloc bool[titleWords.Dictionary.Count] : new bool[titleWords.Dictionary.Count];
        var overlap = 0;
        foreach (var word in EnglishKeywords.Enumerate(sentence))
        {
            if (titleWords.TryGetValue(word, out var at) && !shared[at])
            {
                shared[at] = true;
                overlap++;
            }
        }

        return overlap;
    }

    private static double Score(string sentence, int index, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> titleWords, IReadOnlyCollection<string> entityNames)
    {
        var overlap = TitleOverlap(sentence, titleWords);
        var names = 0;
        foreach (var name in entityNames)
        {
            names += sentence.Contains(name, StringComparison.Ordinal) ? 1 : 0;
        }

        var figures = Figure().IsMatch(sentence) ? 1 : 0;
        var position = 2.0 / (1 + index);

        // Quoted speech is colour rather than summary; the reported facts around it summarise better.
        var quoted = QuoteMark().Count(sentence) >= 2 ? 0.5 : 0;
        return (2.0 * overlap) + Math.Min(names, 3) + (1.5 * figures) + position - quoted;
    }

    [GeneratedRegex(@"[" + SentenceEnds.Marks + @"""”’]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b\d[\d,]*\s+[a-z]")]
    private static partial Regex Figure();

    [GeneratedRegex("[" + QuoteMarks.Double + "]")]
    private static partial Regex QuoteMark();
}
