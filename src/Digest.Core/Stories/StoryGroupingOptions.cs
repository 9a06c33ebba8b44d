namespace Digest.Core.Stories;

/// <summary>Knobs for grouping articles into stories.</summary>
/// <param name="SimilarityThreshold">Lowest cosine similarity between an article and a story's profile for the article to join it.</param>
/// <param name="MaxCandidates">How many stories sharing terms with an article are scored in full.</param>
/// <param name="MaxPostingLength">How many of the most recent stories having a term are found through it; bounds the work per article.</param>
/// <param name="ProfileSize">How many of its heaviest terms a story keeps, so its cost stays bounded however large it grows.</param>
public sealed record StoryGroupingOptions(
    double SimilarityThreshold = 0.18,
    int MaxCandidates = 32,
    int MaxPostingLength = 256,
    int ProfileSize = 300)
{
    public static StoryGroupingOptions Default { get; } = new();
}
