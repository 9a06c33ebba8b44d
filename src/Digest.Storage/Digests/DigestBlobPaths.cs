using Digest.Storage.Runtime;
namespace Digest.Storage.Digests;

/// <summary>Where a digest for a period is stored in the <c>digests</c> container: <c>yyyy/MM/dd/HHmm.{html,txt,json}</c>.</summary>
public sealed record DigestBlobPaths(string Html, string Text, string Json)
{
    public const string LatestHtml = "latest.html";
    public const string LatestText = "latest.txt";

    public static DigestBlobPaths For(DateTimeOffset period)
    {
        var stem = RuntimeBlobPaths.PeriodStem(period);
        return new DigestBlobPaths(stem + ".html", stem + ".txt", stem + ".json");
    }
}
