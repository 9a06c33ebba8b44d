namespace Digest.LocalRuntime.Blobs;

/// <summary>One version of one article blob: its name and its ETag without quotes.</summary>
public sealed record ArticleVersion(string Name, string ETag);
