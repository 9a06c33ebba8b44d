namespace Digest.Cli.Files;

/// <summary>The files a command writes a rendered digest to, in its output folder.</summary>
public static class DigestFiles
{
    public const string Html = "digest.html";
    public const string Text = "digest.txt";
    public const string Json = "digest.json";

    /// <summary>The whole digest, written when the e-mail's parts had to leave part of it out; the e-mail links to it.</summary>
    public const string FullHtml = "digest.full.html";
}
