using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>Tidies article sentences for quoting in a digest, and measures how much of one is a quotation.</summary>
internal static partial class SentenceText
{
    private static readonly string[] ClauseBreaks = [", but ", "; ", ", while ", ", whereas "];

    /// <summary>Collapses whitespace and drops a leading dateline such as "BRUSSELS— ".</summary>
    public static string Clean(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = Dateline().Replace(Whitespace.Collapse(sentence).Trim(), string.Empty);

        // A sentence cut from the middle of a quotation keeps its closing mark only ("... in 2021," he added.).
        return text.AsSpan().Count(QuoteMarks.Straight) % 2 == 1 && text.IndexOf(QuoteMarks.Straight, StringComparison.Ordinal) is var at and > 0
            && !text.Contains(QuoteMarks.Opening, StringComparison.Ordinal) && LeadingQuoteEnd().IsMatch(text[at..])
            ? QuoteMarks.Straight + text
            : text;
    }

    /// <summary>
    /// The clause of a sentence that holds a date mention, when the sentence also holds other dates:
    /// "In 2018, NATO agreed ..., but the operations were suspended in January ..." tells two events.
    /// </summary>
    public static string ClauseAround(string sentence, string dateText, IEnumerable<string> otherDateTexts)
    {
        ArgumentNullException.ThrowIfNull(otherDateTexts);
        var others = otherDateTexts.Where(o => !string.Equals(o, dateText, StringComparison.Ordinal)).ToList();
        if (others.Count == 0)
        {
            return sentence;
        }

        var clauses = ClauseBreaks.Aggregate(
            new List<string> { sentence },
            (parts, separator) => parts.SelectMany(p => p.Split(separator, StringSplitOptions.TrimEntries)).ToList());
        var clause = clauses.FirstOrDefault(c => c.Contains(dateText, StringComparison.Ordinal) && !others.Any(o => c.Contains(o, StringComparison.Ordinal)))
            ?? clauses.FirstOrDefault(c => c.Contains(dateText, StringComparison.Ordinal));
        return clause is null || clause.Length == sentence.Length ? sentence : AsSentence(clause);
    }

    /// <summary>The share of a sentence's letters that sit inside quotation marks.</summary>
    public static double QuoteShare(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var letters = 0;
        var quoted = 0;
        var inside = false;
        foreach (var c in sentence)
        {
            if (QuoteMarks.IsDouble(c))
            {
                inside = c switch { QuoteMarks.Opening => true, QuoteMarks.Closing => false, _ => !inside };
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                letters++;
                quoted += inside ? 1 : 0;
            }
        }

        return letters == 0 ? 0 : (double)quoted / letters;
    }

    /// <summary>Whether the sentence leans on an earlier one for who is speaking ("He noted that ...").</summary>
    public static bool StartsWithPronoun(string sentence) => LeadingPronoun().IsMatch(sentence);

    private static string AsSentence(string clause)
    {
        var text = clause.TrimEnd(',', ' ', ';');
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return SentenceEnds.IsEnded(text) ? text : text + ".";
    }

    [GeneratedRegex(@"^""\s+\p{Lu}?[\p{L} .-]*\b(?:said|added|says|told|noted|stressed)\b")]
    private static partial Regex LeadingQuoteEnd();

    [GeneratedRegex(@"^[A-Z][A-Z .,'-]{2,40}\s*[—–-]+\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(He|She|It|They|This|That)\b")]
    private static partial Regex LeadingPronoun();
}
