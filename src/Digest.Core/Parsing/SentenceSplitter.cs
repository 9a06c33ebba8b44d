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

    public static IReadOnlyList<string> Split(string paragraph) => Split(paragraph, 0, 0).Select(s => s.Text).ToList();

    /// <summary>Sentences of every paragraph of a body whose paragraphs are separated by blank lines.</summary>
    public static IReadOnlyList<Sentence> SplitBody(string body)
    {
        var sentences = new List<Sentence>();
        var offset = 0;
        var index = 0;
        foreach (var paragraph in body.Split("\n\n"))
        {
            sentences.AddRange(Split(paragraph, offset, index));
            offset += paragraph.Length + 2;
            index++;
        }

        return sentences;
    }

    private static List<Sentence> Split(string paragraph, int offset, int index)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Groups["end"].Length;
            if (IsAbbreviation(paragraph, boundary.Index))
            {
                continue;
            }

            Add(paragraph[start..end], start);
            start = boundary.Index + boundary.Length;
        }

        Add(paragraph[start..], start);
        return sentences;

        void Add(string text, int at)
        {
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                sentences.Add(new Sentence(trimmed, offset + at + text.IndexOf(trimmed[0], StringComparison.Ordinal), index));
            }
        }
    }

    private static bool IsAbbreviation(string text, int punctuation)
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
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    // End punctuation, optional closing quotes/brackets, then space before something that can start a sentence.
    [GeneratedRegex(@"(?<end>[" + SentenceEnds.Marks + SentenceEnds.Ellipsis + @"]+[" + QuoteMarks.Closers + @")\]]*)\s+(?=[" + QuoteMarks.Openers + @"(\[]?[\p{Lu}\d])")]
    private static partial Regex Boundary();
}
