namespace Digest.Storage.Digests;

/// <summary>A digest that has been built and stored, and where to find it.</summary>
public sealed record DigestPublication(DateTimeOffset Period, string Subject, int ArticleCount, DigestBlobPaths Paths);
