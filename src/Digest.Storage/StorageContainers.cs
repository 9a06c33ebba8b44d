namespace Digest.Storage;

/// <summary>Names of the blob containers Digest uses; the same in Azure and on Azurite.</summary>
public static class StorageContainers
{
    /// <summary>Where articles are dropped; never written by Digest.</summary>
    public const string Articles = "articles";

    /// <summary>One structured summary per article: <c>{article name}.json</c>.</summary>
    public const string Summaries = "summaries";

    /// <summary>Rendered digests: <c>yyyy/MM/dd/HHmm.html|txt|json</c> and <c>latest.html</c>.</summary>
    public const string Digests = "digests";

    /// <summary>Articles that failed every attempt: <c>{article name}.json</c> says why.</summary>
    public const string Poison = "articles-poison";

    /// <summary>The runtime's own bookkeeping: blob receipts, timer status, singleton locks, digest state.</summary>
    public const string Runtime = "digest-runtime";
}
