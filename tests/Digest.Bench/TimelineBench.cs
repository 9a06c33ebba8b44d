using System.Diagnostics;
using System.Globalization;
using Digest.Core.Stories;

namespace Digest.Bench;

/// <summary>Times grouping N synthetic summaries into stories and building every story's timeline.</summary>
public static class TimelineBench
{
    public const int Topics = 300;

    public static int Run(int count)
    {
        var summaries = SyntheticNews.Generate(count, Topics);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} synthetic summaries over {Topics} topics"));

        var clock = Stopwatch.StartNew();
        var stories = new StoryGrouper().Group(summaries);
        var grouping = clock.Elapsed;

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
            $"timelines: {timelines.TotalMilliseconds,10:F0} ms  ({developments} developments)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total:     {(grouping + timelines).TotalMilliseconds,10:F0} ms  peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB"));
        return 0;
    }
}
