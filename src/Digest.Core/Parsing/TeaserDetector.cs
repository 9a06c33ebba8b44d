using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Spots a one-sentence teaser for a different story pasted directly under the headline: it shares at most one word
/// with the headline and either talks mostly about things the article never mentions, or refers to something
/// ("the incident") that the article never introduces.
/// </summary>
internal static partial class TeaserDetector
{
    // A teaser is a headline and a line of standfirst at most; a paragraph past this many words is the story's own.
    private const int MaxWords = 35;

    // Share of the teaser's content words found nowhere else; a real lede repeats the story's vocabulary.
    private const double MinNovelty = 0.5;

    public static bool IsTeaser(string title, string paragraph, IEnumerable<string> rest)
    {
        if (SentenceSplitter.Split(paragraph).Count != 1 || paragraph.Split(' ').Length > MaxWords)
        {
            return false;
        }

        var titleWords = EnglishKeywords.Of(title).ToHashSet(StringComparer.Ordinal);
        var words = EnglishKeywords.Of(paragraph).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count < 4)
        {
            return false;
        }

        var sharedWithTitle = words.Count(titleWords.Contains);
        var restWords = EnglishKeywords.Of(string.Join(' ', rest)).ToHashSet(StringComparer.Ordinal);
        var novel = words.Count(w => !titleWords.Contains(w) && !restWords.Contains(w));
        if (sharedWithTitle > 1)
        {
            return false;
        }

        return (double)novel / words.Count >= MinNovelty || RefersToUnknown(paragraph, titleWords, restWords);
    }

    private static bool RefersToUnknown(string paragraph, HashSet<string> titleWords, HashSet<string> restWords) =>
        DefiniteReference().Matches(paragraph)
            .Select(m => EnglishKeywords.Stem(m.Groups["noun"].Value.ToLowerInvariant()))
            .Any(noun => !EnglishKeywords.IsStopWord(noun) && !titleWords.Contains(noun) && !restWords.Contains(noun));

    // "the incident" as a referent; "the wake of" and the like are set phrases, not references.
    [GeneratedRegex(@"\bthe\s+(?<noun>\p{Ll}{4,})\b(?!\s+of\b)")]
    private static partial Regex DefiniteReference();
}
