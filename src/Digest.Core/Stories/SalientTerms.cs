using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>The weighted terms an article is about: its entities, and the content words of its title and key sentences.</summary>
internal static class SalientTerms
{
    // Entities identify a topic better than words; titles say what the article is about better than key sentences.
    private const double EntityWeight = 2.0;
    private const double TitleWeight = 1.5;
    private const double KeySentenceWeight = 1.0;

    // Repetition within one article adds a little, but one article must not dominate a story's profile.
    private const double MaxTermWeight = 3.0;

    public static Dictionary<string, double> Of(ArticleSummary summary, EntityNames entityNames)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entity in summary.Entities)
        {
            Add(weights, "e:" + entityNames.Resolve(entity), EntityWeight);
        }

        foreach (var word in ContentWords.Of(summary.Title))
        {
            Add(weights, "w:" + word, TitleWeight);
        }

        foreach (var word in summary.KeySentences.SelectMany(ContentWords.Of))
        {
            Add(weights, "w:" + word, KeySentenceWeight);
        }

        return weights;
    }

    private static void Add(Dictionary<string, double> weights, string term, double weight) =>
        weights[term] = Math.Min(MaxTermWeight, weights.GetValueOrDefault(term) + weight);
}
