using System.Diagnostics;
using System.Globalization;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Stories.Timelines;

namespace Digest.Bench;

/// <summary>Times grouping N synthetic summaries into stories and building every story's timeline.</summary>
public static class TimelineBench
{
    public const int Topics = 300;

    /// <summary>How many of the latest articles are timed as added to an index already holding the rest.</summary>
    public const int IncrementalCount = 1_000;

    public static int Run(int count)
    {
        var summaries = SyntheticNews.Generate(count, Topics);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} synthetic summaries over {Topics} topics"));

        // What StoryGrouper.Group does, with the last articles timed apart: the cost of a day's news added to a stored index.
        var ordered = summaries.Order(ArticleOrder.Instance).ToList();
        var latest = Math.Min(IncrementalCount, count / 10);
        var index = new StoryIndex();
        var clock = Stopwatch.StartNew();
        foreach (var summary in ordered.SkipLast(latest))
        {
            index.Add(summary);
        }

        var stored = clock.Elapsed;
        clock.Restart();
        foreach (var summary in ordered.TakeLast(latest))
        {
            index.Add(summary);
        }

        var incremental = clock.Elapsed;
        var stories = index.Stories;
        var grouping = stored + incremental;

        clock.Restart();
        var developments = 0;
        foreach (var story in stories)
        {
            developments += StoryTimeline.Build(story).Developments.Count;
        }

        var timelines = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grouping:  {grouping.TotalMilliseconds,10:F0} ms  ({stories.Count} stories holding {stories.Sum(s => s.Articles.Count)} articles, largest {stories.Max(s => s.Articles.Count)})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which adding the latest {latest} to {count - latest} grouped: {incremental.TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timelines: {timelines.TotalMilliseconds,10:F0} ms  ({developments} developments)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total:     {(grouping + timelines).TotalMilliseconds,10:F0} ms  peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB"));
        return 0;
    }
}
