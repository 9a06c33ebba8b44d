using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing.Html;

/// <summary>The HTML test pages under TestFiles/Parsing/Html, read as raw bytes the way an uploaded page arrives.</summary>
internal static class HtmlPages
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Parsing", "Html", name));

    public static ArticleSummary Parse(string name, string? url = null) =>
        new ArticleParser().Parse(new ArticleInput(name, Bytes(name), new ArticleMetadata(Url: url)));
}
