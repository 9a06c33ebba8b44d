namespace Digest.Core.Stories.Grouping;

/// <summary>
/// Everything a <see cref="StoryIndex"/> needs to go on grouping where it left off, without the summaries themselves:
/// serialisable with <see cref="Summaries.StoredJson.Options"/>.
/// </summary>
/// <param name="DocumentCount">How many articles the document frequencies count.</param>
/// <param name="DocumentFrequency">For each term, how many articles used it.</param>
/// <param name="EntityKeys">The key each entity name or alias resolves to.</param>
/// <param name="EntityDisplayNames">The display name of each entity key.</param>
/// <param name="NextStoryId">The id the next new story gets.</param>
/// <param name="Stories">The stories still in the index, by id.</param>
public sealed record StoryIndexState(
    int DocumentCount,
    IReadOnlyDictionary<string, int> DocumentFrequency,
    IReadOnlyDictionary<string, string> EntityKeys,
    IReadOnlyDictionary<string, string> EntityDisplayNames,
    int NextStoryId,
    IReadOnlyList<StoryState> Stories)
{
    /// <summary>
    /// The <see cref="GroupingVersion.Of"/> fingerprint of the code and options that grouped the index, set by whoever stores
    /// it; null when unknown (an index stored before it was recorded), which matches no fingerprint.
    /// </summary>
    public string? GroupedBy { get; init; }
}
