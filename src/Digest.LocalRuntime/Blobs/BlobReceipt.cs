namespace Digest.LocalRuntime.Blobs;

/// <summary>The runtime's record of processing one version (name + ETag) of one article blob.</summary>
public sealed record BlobReceipt(string Name, string ETag, BlobReceiptStatus Status, int Attempts, string? LastError, DateTimeOffset Updated);
