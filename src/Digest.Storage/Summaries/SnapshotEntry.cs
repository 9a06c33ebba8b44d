using Digest.Core.Summaries;

namespace Digest.Storage.Summaries;

/// <summary>One summary in the digest's snapshot, with the blob version it was read from.</summary>
/// <param name="BlobName">The summary's blob.</param>
/// <param name="ETag">The version read.</param>
/// <param name="Summary">The summary.</param>
/// <param name="FirstSeen">
/// The day a digest run first found the summary: when its article arrived, as far as stories are concerned. A new version
/// (the article edited, or parsed again by a newer parser) keeps it, so re-parsing the archive brings no old story back.
/// Null in snapshots written before it was kept.
/// </param>
/// <param name="Arrived">
/// The time of the digest run that first found the summary: a digest counts as new what arrived after the previous one,
/// whatever its publication date. Kept, like <paramref name="FirstSeen"/>, through new versions; null in snapshots written
/// before it was kept, where the start of <paramref name="FirstSeen"/> stands in.
/// </param>
public sealed record SnapshotEntry(string BlobName, string ETag, ArticleSummary Summary, DateOnly? FirstSeen = null, DateTimeOffset? Arrived = null);
