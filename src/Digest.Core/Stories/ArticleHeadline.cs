using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Languages;
using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>
/// What to call an article in a digest: its title when it reads as a headline. A title that is a sentence of the body
/// (it ends in a full stop, as a first sentence standing in for a missing headline does), or a file name, is no headline;
/// such an article is cited by its outlet and date instead, never by a body sentence or its file name.
/// </summary>
internal static partial class ArticleHeadline
{
    // Past this many words a "title" is a paragraph a page put where its headline should be.
    private const int MaxWords = 30;

    /// <summary>The article's headline, or null when its title does not read as one.</summary>
    public static string? Of(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return HasTitle(summary) ? summary.Title.Trim() : null;
    }

    /// <summary>Whether the article has a title of its own that reads as a headline.</summary>
    public static bool HasTitle(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return LooksLikeHeadline(summary.Title, summary.Name);
    }

    /// <summary>
    /// Whether <paramref name="title"/> reads as a headline: present, not the article's file or blob name nor any file name,
    /// not ending as a sentence does (a full stop after a word, not an initial as in "U.S."), and not a paragraph.
    /// </summary>
    public static bool LooksLikeHeadline(string? title, string name)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var text = title.Trim();

        // A sentence may end inside its closing quotes (". ''" in text that arrived tokenized, '."' in plain text).
        var end = ClosingQuotes().Replace(text, "");
        return !string.Equals(text, name, StringComparison.Ordinal)
            && !FileName().IsMatch(text)
            && !Tokenized().IsMatch(text)
            && !(end.EndsWith('.') && !EndsWithInitial().IsMatch(end) && !end.EndsWith("...", StringComparison.Ordinal))
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && !HasGluedLine(text);
    }

    /// <summary>
    /// Whether a second line was glued to the headline when its page was pasted ("… a case study in management failure Who
    /// needs Harvard Business School …", "… tied to fat in kids Only a flight away?"): an English function word written with
    /// a capital between two words in lower case, which a headline in sentence case never has mid-line and one in title case
    /// has only after a capitalised word. A month ("in May") or a name ("actor Will Smith", the next word capitalised) is
    /// no such mark. Where the glued lines part is not told reliably (a byline, a dateline or a credit may be either side),
    /// so such a title is not shown at all.
    /// </summary>
    private static bool HasGluedLine(string title)
    {
        for (var boundary = GluedBoundary().Match(title); boundary.Success; boundary = boundary.NextMatch())
        {
            var word = boundary.Groups["word"].Value;
            if (FunctionWords.Of("en").Contains(word.ToLowerInvariant()) && !CalendarNames.IsCalendarWord(word))
            {
                return true;
            }
        }

        return false;
    }

    // A word in lower case, a space, a capitalised word, a space and another word in lower case.
    [GeneratedRegex(@"(?<=\p{Ll}[\p{Ll}'’-]*) (?<word>\p{Lu}\p{Ll}+) (?=\p{Ll})")]
    private static partial Regex GluedBoundary();

    [GeneratedRegex(@"(?:\s*(?:''|'|\u0022|\u201D|\u2019|\)|-RRB-))+$")]
    private static partial Regex ClosingQuotes();

    // Text split into tokens for research corpora (a space before a comma or a possessive, `` for an opening quote) is a
    // sentence of a body, in any language: no typography spaces a comma off its word.
    [GeneratedRegex(@" ,(?: |$)|``| 's\b| n't\b")]
    private static partial Regex Tokenized();

    [GeneratedRegex(@"^\S+\.[A-Za-z0-9]{2,5}$")]
    private static partial Regex FileName();

    // "U.S.", "Jr.", "St." end headlines; a word of two or more lower-case letters before the stop ends a sentence.
    [GeneratedRegex(@"(?:\b[A-Z]\.|\b(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Inc|Ltd|Co|Corp)\.)$")]
    private static partial Regex EndsWithInitial();
}
