namespace Digest.Storage.Summaries;

/// <summary>A summary blob and the version of it that was read.</summary>
public sealed record StoredSummary(string BlobName, string ETag);
