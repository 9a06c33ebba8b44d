using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;
using Digest.Storage.Runtime;
using Digest.Storage.Summaries;
using Microsoft.Extensions.Logging;

namespace Digest.Storage.Stories;

/// <summary>
/// The story index kept between digest runs beside the summary snapshot, so each run adds only the summaries that are
/// new or changed instead of regrouping the archive. Stories without a new article for the retirement window leave it.
/// A missing or unreadable index costs one rebuild from the summaries, logged; only the digest function writes it. The index
/// records what grouped it (<see cref="GroupingVersion"/>): one grouped by other code or options is regrouped once, logged.
/// </summary>
public sealed partial class StoredStoryIndex(DigestStorage storage, StoryGroupingOptions options, ILogger<StoredStoryIndex> logger)
{
    // Replacing an article re-sums its story, so when a large share of the index changed at once (a newer parser re-parses
    // every article) grouping everything afresh costs less than replacing them one by one.
    private const double RegroupShare = 0.1;

    /// <summary>Brings the stored index up to date with <paramref name="refresh"/>, retires quiet stories, saves it, and returns the active stories.</summary>
    /// <param name="refresh">What the summary snapshot found this run.</param>
    /// <param name="asOf">The day of the digest being built: stories quiet for the retirement window before it are retired.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<Story>> UpdateAsync(SummarySnapshotRefresh refresh, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refresh);

        // Unparseable summaries never join a story; one that became unparseable leaves its story on import.
        var usable = refresh.All.Where(s => s.Error is null).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var grouping = GroupingVersion.Of(options);
        var state = await LoadAsync(cancellationToken);
        if (state is not null && !string.Equals(state.GroupedBy, grouping, StringComparison.Ordinal))
        {
            // Grouped by other code or options: its stories are not what grouping now makes of the same summaries.
            LogRegrouping(logger, RuntimeBlobPaths.StoryIndex, state.GroupedBy ?? "unknown", grouping, usable.Count);
            state = null;
        }
        else if (state is null || Replaced(state, refresh) > RegroupShare * Math.Max(1, state.Stories.Sum(s => s.Members.Count)))
        {
            LogRebuilding(logger, usable.Count);
            state = null;
        }

        StoryIndex index;
        IEnumerable<ArticleSummary> toAdd;
        if (state is null)
        {
            index = new StoryIndex(options);
            toAdd = usable.Values;
        }
        else
        {
            index = StoryIndex.Import(state, usable, options);
            toAdd = refresh.Changed.Where(s => s.Error is null);
        }

        var added = 0;
        foreach (var summary in toAdd.Order(ArticleOrder.Instance))
        {
            index.Add(summary, refresh.FirstSeen.GetValueOrDefault(summary.Name, asOf));
            added++;
        }

        var retired = index.Retire(asOf);
        await SaveAsync(index.Export() with { GroupedBy = grouping }, cancellationToken);
        var stories = index.Stories;
        LogUpdated(logger, added, retired, stories.Count);
        return stories;
    }

    private static int Replaced(StoryIndexState state, SummarySnapshotRefresh refresh)
    {
        var members = state.Stories.SelectMany(s => s.Members).ToHashSet(StringComparer.Ordinal);
        return refresh.Changed.Count(s => members.Contains(s.Name));
    }

    private async Task<StoryIndexState?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await JsonBlob.ReadAsync<StoryIndexState>(storage.Runtime.GetBlobClient(RuntimeBlobPaths.StoryIndex), JsonBlobFormat.Gzip, cancellationToken);
        }
        catch (UnreadableBlobException e)
        {
            LogUnreadable(logger, RuntimeBlobPaths.StoryIndex, e.Message);
            return null;
        }
    }

    private Task SaveAsync(StoryIndexState state, CancellationToken cancellationToken) =>
        JsonBlob.WriteAsync(storage.Runtime.GetBlobClient(RuntimeBlobPaths.StoryIndex), state, JsonBlobFormat.Gzip, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story index: grouping all {Count} summaries from scratch")]
    private static partial void LogRebuilding(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The story index {Blob} was grouped by {Stored}, not {Current}; regrouping it from the {Count} summaries")]
    private static partial void LogRegrouping(ILogger logger, string blob, string stored, string current, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Story index: {Added} summaries added, {Retired} quiet stories retired, {Active} active stories")]
    private static partial void LogUpdated(ILogger logger, int added, int retired, int active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The story index {Blob} could not be read ({Reason}); rebuilding it from the summaries")]
    private static partial void LogUnreadable(ILogger logger, string blob, string reason);
}
