namespace Digest.Storage.Articles;

/// <summary>Where the record of an article that could not be processed is stored in the <c>articles-poison</c> container.</summary>
public static class PoisonBlobPaths
{
    /// <summary>The poison record of the article named <paramref name="articleName"/>: its name with <c>.json</c>.</summary>
    public static string For(string articleName) => articleName + ".json";
}
