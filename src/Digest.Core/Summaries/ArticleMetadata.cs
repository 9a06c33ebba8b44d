namespace Digest.Core.Summaries;

/// <summary>
/// Facts about an article supplied outside its text (blob metadata or a sidecar file);
/// they win over what the text says.
/// </summary>
public sealed record ArticleMetadata(string? Published = null, string? Url = null, string? Source = null)
{
    public static ArticleMetadata None { get; } = new();
}
