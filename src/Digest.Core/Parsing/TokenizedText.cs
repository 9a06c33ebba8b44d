using System.Text.RegularExpressions;

namespace Digest.Core.Parsing;

/// <summary>
/// Text that arrived split into tokens, as research corpora and some feeds carry news (the Penn Treebank conventions:
/// "-LRB-" for "(", `` and '' for quotes, a space before every comma, stop and "n't"), told from ordinary text and put back
/// together, so its sentences read as written and its quotations are recognised. Ordinary text is never touched: no
/// typography in any language spaces a comma off its word or opens a quote with two backticks.
/// </summary>
internal static partial class TokenizedText
{
    // A few marks make a pattern, not a typo: one " , " can slip into any text.
    private const int MinMarks = 3;

    // Of the text's commas, the share spaced off their word in tokenized text is nearly all; in typed text, almost none.
    private const double SpacedCommaShare = 0.8;

    /// <summary>Whether the text carries the tokenizer's brackets or quotes, or spaces most of its commas off their words.</summary>
    public static bool LooksTokenized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var brackets = Bracket().Count(text) + OpeningQuotes().Count(text);
        if (brackets >= MinMarks || QuotationInTokens().IsMatch(text))
        {
            return true;
        }

        var commas = text.Count(c => c == ',');
        var spaced = SpacedComma().Count(text);
        return spaced >= MinMarks && spaced >= SpacedCommaShare * commas;
    }

    /// <summary>The text with brackets, quotes, contractions and punctuation joined back to their words; line breaks kept.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var restored = Bracket().Replace(text, m => m.Value switch
        {
            "-LRB-" => "(",
            "-RRB-" => ")",
            "-LSB-" => "[",
            "-RSB-" => "]",
            "-LCB-" => "{",
            _ => "}",
        });
        restored = OpeningQuotes().Replace(restored, "\u201C");
        restored = ClosingQuotes().Replace(restored, "\u201D");
        restored = OpeningSingle().Replace(restored, "\u2018");
        restored = Contraction().Replace(restored, "$1");
        restored = SpaceBeforeClosing().Replace(restored, "$1");
        restored = SpaceAfterOpening().Replace(restored, "$1");
        restored = SpacedCurrency().Replace(restored, "$1$2");
        return restored;
    }

    [GeneratedRegex(@"-[LR][RSC]B-")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"``\s?")]
    private static partial Regex OpeningQuotes();

    // A quotation opened with two backticks and closed with two apostrophes, on one line: the tokenizer's way (and TeX's)
    // of writing quotes, which no typing produces by chance; Markdown's code spans close with backticks, not apostrophes.
    [GeneratedRegex(@"``(?:[^`'\n]|'(?!')){1,500}''")]
    private static partial Regex QuotationInTokens();

    [GeneratedRegex(@"[ \t]?''")]
    private static partial Regex ClosingQuotes();

    // A lone backtick opens a single quotation ("` addicted to Demerol '").
    [GeneratedRegex(@"`[ \t]?")]
    private static partial Regex OpeningSingle();

    [GeneratedRegex(@"[ \t]+(n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"[ \t]+([,.;:?!%)\]}\u201D]|'(?=[ \t\r\n]|$))")]
    private static partial Regex SpaceBeforeClosing();

    [GeneratedRegex(@"([(\[{\u201C\u2018$£€])[ \t]+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"([$£€])[ \t]+(\d)")]
    private static partial Regex SpacedCurrency();

    [GeneratedRegex(@"\w[ \t],[ \t]")]
    private static partial Regex SpacedComma();
}
