namespace Digest.Storage.Runtime;

/// <summary>The two functions, named once for the Functions app's attributes and the local runtime's bookkeeping.</summary>
public static class FunctionNames
{
    /// <summary>Blob trigger: one structured summary per article.</summary>
    public const string ParseArticle = "ParseArticle";

    /// <summary>Timer trigger: the digest of each scheduled period.</summary>
    public const string BuildDigest = "BuildDigest";
}
