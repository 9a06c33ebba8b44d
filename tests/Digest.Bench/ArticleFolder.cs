using Digest.Cli.Files;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>The articles of a folder parsed the way <c>digest</c> parses them: sidecars applied, in name order.</summary>
internal static class ArticleFolder
{
    public static List<ArticleSummary> Parse(string directory)
    {
        var parser = new ArticleParser();
        var files = ArticleFiles.Expand([directory]);
        var summaries = new ArticleSummary[files.Count];
        Parallel.For(0, files.Count, i => summaries[i] = parser.Parse(ArticleFiles.ReadAsync(files[i], CancellationToken.None).GetAwaiter().GetResult()));
        return [.. summaries];
    }
}
