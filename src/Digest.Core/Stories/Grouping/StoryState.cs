namespace Digest.Core.Stories.Grouping;

/// <summary>One story of an exported <see cref="StoryIndexState"/>.</summary>
/// <param name="Id">The story's id, kept across export and import.</param>
/// <param name="Members">The names of its articles, in the order they joined.</param>
/// <param name="TermSums">Summed normalised term weights of its articles (before IDF), pruned to its heaviest terms.</param>
/// <param name="LatestPublished">The latest publication date among its articles, or null when none is dated.</param>
/// <param name="Norm">
/// The centroid's IDF-weighted length as last computed and the document count then, or null; kept so that an imported index
/// scores exactly as the exported one did.
/// </param>
/// <param name="LastArrival">The day its newest article arrived, when the index was told; what retirement goes by.</param>
public sealed record StoryState(
    int Id,
    IReadOnlyList<string> Members,
    IReadOnlyDictionary<string, double> TermSums,
    DateOnly? LatestPublished,
    StoryNormState? Norm,
    DateOnly? LastArrival = null);
