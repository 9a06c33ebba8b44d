using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Parsing.Html;

/// <summary>Keeps the blocks of a content root that are story text: drops link lists, stock furniture lines, and
/// the non-sentence scraps (bylines, dates, tags) that sit before the story starts and after it ends.</summary>
internal static partial class ArticleBlockFilter
{
    public static IReadOnlyList<string> Keep(IReadOnlyList<TextBlock> blocks, string? title)
    {
        var kept = blocks
            .Where(block => !IsLinkList(block) && !Furniture().IsMatch(block.Text) && !SameText(block.Text, title))
            .ToList();

        var first = kept.FindIndex(IsSentence);
        var last = kept.FindLastIndex(IsSentence);
        if (first < 0)
        {
            return kept.Select(block => block.Text).ToList();
        }

        var result = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            // Before the story starts, short scraps are bylines, dates and kickers. After it ends, lists of plain
            // text (tour dates, credits) still belong to it; linked scraps (tags, "more on") do not.
            if (block.Text.Length < 100 && (i < first || (i > last && IsTrailingScrap(block))))
            {
                continue;
            }

            if (result.Count == 0 || result[^1] != block.Text)
            {
                result.Add(block.Text);
            }
        }

        return result;
    }

    private static bool IsTrailingScrap(TextBlock block) =>
        block.LinkDensity > 0.2 || TrailingScrap().IsMatch(block.Text);

    private static bool IsLinkList(TextBlock block) =>
        block.LinkDensity > 0.7 || (block.LinkDensity > 0.45 && block.Text.Length < 120);

    private static bool IsSentence(TextBlock block) =>
        !block.IsHeading && block.Text.Length >= 40 && SentenceEnd().IsMatch(block.Text);

    private static bool SameText(string text, string? title) =>
        title is not null && string.Equals(Normalise(text), Normalise(title), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => NonWord().Replace(text, "");

    [GeneratedRegex("[" + SentenceEnds.Marks + SentenceEnds.Ellipsis + ":;" + QuoteMarks.Closers + @"»)\]]\s*$|[。！？]\s*$")]
    private static partial Regex SentenceEnd();

    // Teasers ("…"), a lone author name, an author's bio line, or a teaser's time stamp.
    [GeneratedRegex(@"(\.\.\.|…)$|^(\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’.-]+$|^(\p{Lu}[\p{L}'’.-]+\s){1,3}is an? ([\w-]+\s){0,3}(reporter|writer|editor|correspondent|journalist|contributor|columnist|producer|intern)\b|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")]
    private static partial Regex TrailingScrap();

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(advertisement|advertisement\s*[-–]\s*(continue|scroll) reading below|anzeige|publicité|publicidad|share( this)?( article| story| on \w+)?|read (more|next|also)\b.{0,80}|related( articles| stories| content)?|more from .{0,60}|sign up\b.{0,120}|subscribe\b.{0,120}|follow us\b.{0,80}|click here\b.{0,120}|(image|photo|picture|video)( credit)?:.{0,150}|getty images|loading\.{0,3}|comments?( \(\d+\))?|print|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copyright\b.{0,150}|©.{0,150}|all rights reserved\.?|(tags?|topics?):.{0,200}|back to top|skip to (main )?content|\d+ comments?|advert|you may also like.{0,20}|tell us what you think.{0,20}|recommended( for you)?|trending( now)?|(most )?(popular|read)( now| stories)?|more stories|latest news|up next)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
