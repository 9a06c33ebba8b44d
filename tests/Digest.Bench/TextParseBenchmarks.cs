using System.Text;
using BenchmarkDotNet.Attributes;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// The parse of text articles of the seeds' kind, the first seed as it is and grown to 2, 5, 10 and 50 KB, measured by
/// BenchmarkDotNet with allocations. One operation is one article, so the mean is the time per article on one core.
/// </summary>
[MemoryDiagnoser]
public class TextParseBenchmarks
{
    private readonly ArticleParser _parser = new();
    private byte[] _article = [];

    [Params("seed", "2KB", "5KB", "10KB", "50KB")]
    public string Size { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Directory.GetFiles(Path.Combine(BenchPaths.Repository, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var size = Size switch { "2KB" => 2_048, "5KB" => 5_120, "10KB" => 10_240, "50KB" => 51_200, _ => 0 };
        var body = new StringBuilder(seeds[0]);
        for (var i = 1; body.Length < size; i++)
        {
            body.Append("\n\n").Append(seeds[i % seeds.Count].Split("\n\n", 2)[^1]);
        }

        _article = Encoding.UTF8.GetBytes(size == 0 ? body.ToString() : body.ToString()[..size]);
    }

    [Benchmark(Description = "Digest: text article")]
    public ArticleSummary TextArticle() => _parser.Parse(new ArticleInput("article.txt", _article, ArticleMetadata.None));
}
