using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// The parse of real news pages (news-pages, in name order), with SmartReader and a bare AngleSharp parse of the same pages
/// beside ours: the competitor, and the floor an HTML extractor cannot go below. One operation is one page.
/// </summary>
[MemoryDiagnoser]
public class HtmlParseBenchmarks
{
    /// <summary>Pages taken: enough layouts to average over, few enough to run in minutes.</summary>
    private const int Pages = 24;

    private readonly ArticleParser _parser = new();
    private List<BenchPage> _pages = [];

    [GlobalSetup]
    public void Setup() =>
        _pages = Directory.GetFiles(Path.Combine(BenchPaths.Shared, "news-pages", "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(Pages)
            .Select(path => BenchPage.Load(path, Path.GetFileName(path), string.Empty))
            .ToList();

    [Benchmark(Baseline = true, Description = "Digest: HTML page", OperationsPerInvoke = Pages)]
    public int Digest()
    {
        var words = 0;
        foreach (var page in _pages)
        {
            words += _parser.Parse(new ArticleInput(page.FileName, page.Content, ArticleMetadata.None)).WordCount;
        }

        return words;
    }

    [Benchmark(Description = "SmartReader: HTML page", OperationsPerInvoke = Pages)]
    public int SmartReaderPage()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            length += new SmartReader.Reader("https://example.org/", Encoding.UTF8.GetString(page.Content)).GetArticle().TextContent?.Length ?? 0;
        }

        return length;
    }

    [Benchmark(Description = "AngleSharp parse only", OperationsPerInvoke = Pages)]
    public int AngleSharpPage()
    {
        var nodes = 0;
        foreach (var page in _pages)
        {
            using var stream = new MemoryStream(page.Content, writable: false);
            nodes += new HtmlParser().ParseDocument(stream).All.Length;
        }

        return nodes;
    }
}
