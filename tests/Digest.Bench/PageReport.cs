using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>Prints the summary of one benchmark page, to see why it scored as it did.</summary>
public static class PageReport
{
    public static int Run(string path, string? url)
    {
        var page = BenchPage.Load(path, Path.GetFileName(path), url ?? "");
        var summary = new ArticleParser().Parse(new ArticleInput(page.FileName, page.Content, new ArticleMetadata(Url: url)));
        Console.WriteLine(StoredJson.Serialize(summary));
        return 0;
    }
}
