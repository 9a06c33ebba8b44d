using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Cli.Commands;

/// <summary>Parses many local article files in parallel, keeping their order.</summary>
public static class ArticleBatch
{
    public static async Task<IReadOnlyList<ArticleSummary>> ParseAsync(ArticleParser parser, IReadOnlyList<FileInfo> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(files);
        var progress = files.Count > 1 ? new ConsoleProgress("Parsing", files.Count) : null;
        var summaries = new ArticleSummary[files.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { CancellationToken = cancellationToken },
            async (index, token) =>
            {
                summaries[index] = parser.Parse(await ArticleFiles.ReadAsync(files[index], token));
                progress?.Advance(files[index].Name);
            });
        return summaries;
    }
}
