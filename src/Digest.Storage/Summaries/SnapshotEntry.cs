using Digest.Core.Summaries;

namespace Digest.Storage.Summaries;

/// <summary>One summary in the digest's snapshot, with the blob version it was read from.</summary>
public sealed record SnapshotEntry(string BlobName, string ETag, ArticleSummary Summary);
