namespace Digest.Storage.Summaries;

/// <summary>Where an article's summary is stored in the <c>summaries</c> container: the article's own name with <c>.json</c>.</summary>
public static class SummaryBlobPaths
{
    private const string Suffix = ".json";

    /// <summary>The summary blob of the article named <paramref name="articleName"/>.</summary>
    public static string For(string articleName) => articleName + Suffix;

    /// <summary>Whether a blob of the container is a summary (not something a person put there).</summary>
    public static bool IsSummary(string blobName) => blobName.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>The name of the article a summary blob is of.</summary>
    public static string ArticleOf(string blobName) => IsSummary(blobName) ? blobName[..^Suffix.Length] : blobName;
}
