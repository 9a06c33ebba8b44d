using BenchmarkDotNet.Attributes;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// The digest's two costs that grow with the archive, measured by BenchmarkDotNet with allocations so that a change of a
/// few percent shows through the shared machine's noise: grouping summaries into stories (one operation: 5,000 summaries
/// over 50 topics into a new index), and building the timeline of one big story (one operation: a story of 1,000 articles).
/// </summary>
[MemoryDiagnoser]
public class StoryBenchmarks
{
    private const int Articles = 5_000;
    private const int Topics = 50;
    private const int StoryArticles = 1_000;

    private IReadOnlyList<ArticleSummary> _summaries = [];
    private Story _story = new(0, []);

    [GlobalSetup]
    public void Setup()
    {
        _summaries = [.. SyntheticNews.Generate(Articles, Topics).Order(ArticleOrder.Instance)];
        var index = new StoryIndex();
        foreach (var summary in SyntheticNews.Generate(StoryArticles * 4, 4).Order(ArticleOrder.Instance))
        {
            index.Add(summary);
        }

        _story = index.Stories.MaxBy(s => s.Articles.Count)!;
    }

    [Benchmark(Description = "group 5,000 summaries over 50 topics")]
    public int Group()
    {
        var index = new StoryIndex();
        foreach (var summary in _summaries)
        {
            index.Add(summary);
        }

        return index.StoryCount;
    }

    [Benchmark(Description = "timeline of a story of ~1,000 articles")]
    public int Timeline() => StoryTimeline.Build(_story).Developments.Count;
}
