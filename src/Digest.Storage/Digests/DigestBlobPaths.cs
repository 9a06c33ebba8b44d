using Digest.Storage.Runtime;
namespace Digest.Storage.Digests;

/// <summary>
/// Where a digest for a period is stored in the <c>digests</c> container: <c>yyyy/MM/dd/HHmm.{html,txt,json}</c>, and
/// <c>yyyy/MM/dd/HHmm.full.html</c> for the whole digest when the e-mail had to leave part of it out.
/// </summary>
public sealed record DigestBlobPaths(string Html, string Text, string Json, string FullHtml)
{
    public const string LatestHtml = "latest.html";
    public const string LatestText = "latest.txt";

    public static DigestBlobPaths For(DateTimeOffset period)
    {
        var stem = RuntimeBlobPaths.PeriodStem(period);
        return new DigestBlobPaths(stem + ".html", stem + ".txt", stem + ".json", stem + ".full.html");
    }
}
