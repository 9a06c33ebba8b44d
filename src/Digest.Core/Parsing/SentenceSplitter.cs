using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>Splits text into sentences at end punctuation, sparing abbreviations, initials and decimals.</summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st", "jr", "sr",
            "no", "vs", "etc", "inc", "ltd", "co", "corp", .. MonthNames.EnglishAbbreviations,
            "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "est", "fig", "vol",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<Sentence>();
        Split(paragraph, 0, paragraph.Length, 0, sentences);
        return sentences.Select(s => s.Text).ToList();
    }

    /// <summary>Sentences of every paragraph of a body whose paragraphs are separated by blank lines.</summary>
    public static IReadOnlyList<Sentence> SplitBody(string body)
    {
        // The paragraphs are read in place rather than split out of the body: only the sentences become strings.
        var sentences = new List<Sentence>();
        var start = 0;
        var index = 0;
        while (true)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            Split(body, start, (end < 0 ? body.Length : end) - start, index, sentences);
            if (end < 0)
            {
                return sentences;
            }

            start = end + 2;
            index++;
        }
    }

    // The sentences of the paragraph at [offset, offset + length) of text. The regex sees only the paragraph, as if it
    // were a string of its own, so its look-ahead stops at the paragraph's end.
    private static void Split(string text, int offset, int length, int index, List<Sentence> sentences)
    {
        var paragraph = text.AsSpan(offset, length);
        var start = 0;
        foreach (var boundary in Boundary().EnumerateMatches(paragraph))
        {
            if (IsAbbreviation(paragraph, boundary.Index))
            {
                continue;
            }

            // The end marks are not white space and the match is them followed by white space.
            var end = boundary.Index + paragraph.Slice(boundary.Index, boundary.Length).TrimEnd().Length;
            Add(start, end);
            start = boundary.Index + boundary.Length;
        }

        Add(start, length);

        void Add(int from, int to)
        {
            var sentence = text.AsSpan(offset + from, to - from);
            var trimmed = sentence.Trim();
            if (trimmed.Length > 0)
            {
                var at = offset + from + (sentence.Length - sentence.TrimStart().Length);
                sentences.Add(new Sentence(text.Substring(at, trimmed.Length), at, index));
            }
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int punctuation)
    {
        if (text[punctuation] != '.')
        {
            return false;
        }

        var wordStart = punctuation;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..punctuation];
        return AbbreviationsBySpan.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    // End punctuation, optional closing quotes/brackets, then space before something that can start a sentence.
    [GeneratedRegex(@"(?<end>[" + SentenceEnds.Marks + SentenceEnds.Ellipsis + @"]+[" + QuoteMarks.Closers + @")\]]*)\s+(?=[" + QuoteMarks.Openers + @"(\[]?[\p{Lu}\d])")]
    private static partial Regex Boundary();
}
