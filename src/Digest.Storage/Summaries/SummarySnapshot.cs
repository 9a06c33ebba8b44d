using Digest.Storage.Diagnostics;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.Storage.Summaries;

/// <summary>
/// The digest's own copy of every summary, kept as one compressed blob in the runtime container. A run lists the
/// <c>summaries</c> container (one request per 5,000 blobs) and downloads only the summaries that are new or
/// changed since the last run, instead of every summary every time. Only the digest function writes it.
/// </summary>
public sealed partial class SummarySnapshot(DigestStorage storage, SummaryStore summaries, ILogger<SummarySnapshot> logger)
{
    // Reading a summary is one round trip of tens of milliseconds: sixteen at a time hide that latency for a first read of
    // thousands, and stay well within what one storage client's connections and a small host's threads carry.
    private const int MaxParallelDownloads = 16;

    /// <summary>Brings the snapshot up to date as a run at the start of <paramref name="today"/> would.</summary>
    public Task<SummarySnapshotRefresh> RefreshAsync(DateOnly today, CancellationToken cancellationToken) =>
        RefreshAsync(StartOf(today), cancellationToken);

    /// <summary>Brings the snapshot up to date with the <c>summaries</c> container and returns every summary and what changed.</summary>
    /// <param name="now">The time of this run: summaries found for the first time are recorded as arrived at it.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    public async Task<SummarySnapshotRefresh> RefreshAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var listed = await summaries.ListAsync(cancellationToken);
        var previous = (await LoadAsync(cancellationToken)).ToDictionary(entry => entry.BlobName, StringComparer.Ordinal);

        var changed = listed.Where(item => !previous.TryGetValue(item.BlobName, out var known) || known.ETag != item.ETag).ToList();
        var downloaded = new SnapshotEntry?[changed.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, changed.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelDownloads, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var name = changed[index].BlobName;
                var firstSeen = previous.TryGetValue(name, out var known) ? known.FirstSeen ?? today : today;
                var arrived = known is null ? now : ArrivalOf(known, today);
                try
                {
                    // Deleted between listing and reading, it reads as null: it is simply gone.
                    if (await summaries.ReadAsync(name, token) is { } summary)
                    {
                        downloaded[index] = new SnapshotEntry(name, changed[index].ETag, summary, firstSeen, arrived);
                    }
                }
                catch (UnreadableBlobException e)
                {
                    // A damaged summary is left out, said once per version, rather than stopping every digest; parsing the
                    // article again (or removing the blob) mends it.
                    LogSummaryUnreadable(logger, e.Name, e.InnerException?.Message ?? e.Message);
                }
            });

        var fresh = downloaded.OfType<SnapshotEntry>().ToDictionary(entry => entry.BlobName, StringComparer.Ordinal);
        var current = listed
            .Select(item => fresh.GetValueOrDefault(item.BlobName) ?? (previous.TryGetValue(item.BlobName, out var known) && known.ETag == item.ETag ? known : null))
            .OfType<SnapshotEntry>()
            .OrderBy(entry => entry.BlobName, StringComparer.Ordinal)
            .ToList();

        var kept = current.Select(entry => entry.BlobName).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Keys.Count(name => !kept.Contains(name));
        if (fresh.Count > 0 || removed > 0)
        {
            await SaveAsync(current, cancellationToken);
        }

        LogRefreshed(logger, current.Count, fresh.Count, removed);
        return new SummarySnapshotRefresh(
            current.Select(entry => entry.Summary).ToList(),
            current.Where(entry => fresh.ContainsKey(entry.BlobName)).Select(entry => entry.Summary).ToList(),
            removed,
            current.ToDictionary(entry => entry.Summary.Name, entry => entry.FirstSeen ?? today, StringComparer.Ordinal),
            current.ToDictionary(entry => entry.Summary.Name, entry => ArrivalOf(entry, today), StringComparer.Ordinal));
    }

    // A snapshot written before arrivals were kept knows only the day: its start stands in, which never counts as after a
    // digest made later that day or before.
    private static DateTimeOffset ArrivalOf(SnapshotEntry entry, DateOnly today) => entry.Arrived ?? StartOf(entry.FirstSeen ?? today);

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private async Task<IReadOnlyList<SnapshotEntry>> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await JsonBlob.ReadAsync<List<SnapshotEntry>>(storage.Runtime.GetBlobClient(RuntimeBlobPaths.SummarySnapshot), JsonBlobFormat.Gzip, cancellationToken) ?? [];
        }
        catch (UnreadableBlobException e)
        {
            // An unreadable snapshot costs one full reload, nothing more.
            LogSnapshotUnreadable(logger, FailureReason.Of(e));
            return [];
        }
    }

    private Task SaveAsync(IReadOnlyList<SnapshotEntry> entries, CancellationToken cancellationToken) =>
        JsonBlob.WriteAsync(storage.Runtime.GetBlobClient(RuntimeBlobPaths.SummarySnapshot), entries, JsonBlobFormat.Gzip, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary {Blob} cannot be read ({Reason}); it is left out of this digest until the article is parsed again")]
    private static partial void LogSummaryUnreadable(ILogger logger, string blob, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Summaries: {Total} in all, {Downloaded} new or changed since the last digest, {Removed} removed")]
    private static partial void LogRefreshed(ILogger logger, int total, int downloaded, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The summary snapshot could not be read ({Reason}); reading every summary again")]
    private static partial void LogSnapshotUnreadable(ILogger logger, string reason);
}
