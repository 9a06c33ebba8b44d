using Digest.Core.Summaries;

namespace Digest.Storage.Summaries;

/// <summary>What one refresh of the summary snapshot found: every summary, which changed since the previous refresh, and when each arrived.</summary>
/// <param name="All">Every stored summary, in blob-name order.</param>
/// <param name="Changed">The summaries that are new or changed since the previous refresh (all of them when there was none).</param>
/// <param name="RemovedCount">How many summaries the previous refresh had that are gone now.</param>
/// <param name="FirstSeen">The day a digest run first found each summary, by article name.</param>
/// <param name="Arrived">The time of the digest run that first found each summary, by article name.</param>
public sealed record SummarySnapshotRefresh(
    IReadOnlyList<ArticleSummary> All,
    IReadOnlyList<ArticleSummary> Changed,
    int RemovedCount,
    IReadOnlyDictionary<string, DateOnly> FirstSeen,
    IReadOnlyDictionary<string, DateTimeOffset> Arrived);
