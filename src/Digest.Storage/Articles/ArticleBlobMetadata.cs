using Digest.Core.Summaries;

namespace Digest.Storage.Articles;

/// <summary>Maps the blob metadata keys an uploader may set (<c>published</c>, <c>url</c>, <c>source</c>) to article metadata.</summary>
public static class ArticleBlobMetadata
{
    public const string Published = "published";
    public const string Url = "url";
    public const string Source = "source";

    public static ArticleMetadata Read(IDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new ArticleMetadata(Find(metadata, Published), Find(metadata, Url), Find(metadata, Source));
    }

    public static Dictionary<string, string> Write(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(result, Published, metadata.Published);
        Add(result, Url, metadata.Url);
        Add(result, Source, metadata.Source);
        return result;
    }

    // Blob metadata keys come back lower-cased from some tools and as written from others.
    private static string? Find(IDictionary<string, string> metadata, string key) =>
        metadata.FirstOrDefault(pair => string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value
            ? Uri.UnescapeDataString(value)
            : null;

    // Metadata values must be ASCII, so non-ASCII text (a source name, a URL path) is percent-encoded.
    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = Uri.EscapeDataString(value);
        }
    }
}
