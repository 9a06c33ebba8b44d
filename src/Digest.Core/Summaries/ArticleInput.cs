namespace Digest.Core.Summaries;

/// <summary>An article as it arrives: its name, raw bytes and any out-of-band metadata.</summary>
public sealed record ArticleInput(string Name, ReadOnlyMemory<byte> Content, ArticleMetadata Metadata)
{
    public static ArticleInput FromText(string name, string text, ArticleMetadata? metadata = null) =>
        new(name, System.Text.Encoding.UTF8.GetBytes(text), metadata ?? ArticleMetadata.None);
}
