namespace Digest.LocalRuntime.Blobs;

/// <summary>Why an article version was given up on; stored as <c>articles-poison/{article}.json</c> for people to read.</summary>
public sealed record PoisonRecord(string Article, string ETag, int Attempts, string Reason, DateTimeOffset PoisonedAt);
