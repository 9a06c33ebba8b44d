using Digest.Core.Parsing;

namespace Digest.Core.Summaries;

/// <summary>The sentences of an article's body: as its summary records them, or split again for a summary that records none.</summary>
public static class ArticleSentences
{
    public static IReadOnlyList<string> Of(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var spans = summary.SentenceSpans;
        if (spans.Count == 0 || spans.Count % 2 != 0 || !InBody(spans, summary.Body.Length))
        {
            // A summary of an older parser (or one edited by hand) is split as the parser would.
            return [.. SentenceSplitter.SplitBody(summary.Body).Select(s => s.Text)];
        }

        var sentences = new string[spans.Count / 2];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = summary.Body.Substring(spans[2 * i], spans[(2 * i) + 1]);
        }

        return sentences;
    }

    /// <summary>The spans to record for sentences the parser split from a body.</summary>
    internal static IReadOnlyList<int> SpansOf(IReadOnlyList<Sentence> sentences) =>
        [.. sentences.SelectMany(s => new[] { s.Start, s.Text.Length })];

    private static bool InBody(IReadOnlyList<int> spans, int length)
    {
        for (var i = 0; i < spans.Count; i += 2)
        {
            if (spans[i] < 0 || spans[i + 1] <= 0 || spans[i] + spans[i + 1] > length)
            {
                return false;
            }
        }

        return true;
    }
}
