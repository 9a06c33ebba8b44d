using System.Diagnostics;
using System.Globalization;
using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Measures story grouping on a folder of articles named <c>&lt;topic&gt;__&lt;file&gt;</c> (the Timeline17 grouping benchmark):
/// B-cubed precision, recall and F1 overall and per true story, the true story being the part of the topic before the first <c>_</c>.
/// </summary>
public static class GroupingBench
{
    /// <summary>Parses the folder once (or reads the summaries a previous run cached), groups it and prints the scores.</summary>
    public static int Run(string directory, string? cachePath)
    {
        var summaries = cachePath is not null && File.Exists(cachePath)
            ? SummaryJson.Deserialize<List<ArticleSummary>>(File.ReadAllText(cachePath))
            : ArticleFolder.Parse(directory);
        if (cachePath is not null && !File.Exists(cachePath))
        {
            File.WriteAllText(cachePath, SummaryJson.Serialize(summaries));
        }

        var clock = Stopwatch.StartNew();
        var stories = new StoryGrouper().Group(summaries);
        var grouping = clock.Elapsed;

        var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Name, s.Id))).ToDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);
        var truthOf = storyOf.Keys.ToDictionary(n => n, TrueStory, StringComparer.Ordinal);
        var sizeOfStory = storyOf.Values.CountBy(id => id).ToDictionary();
        var sizeOfTruth = truthOf.Values.CountBy(t => t).ToDictionary(StringComparer.Ordinal);
        var shared = storyOf.Keys.CountBy(n => (storyOf[n], truthOf[n])).ToDictionary();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summaries.Count} summaries, {storyOf.Count} grouped into {stories.Count} stories in {grouping.TotalMilliseconds:F0} ms"));
        foreach (var truth in sizeOfTruth.Keys.Order(StringComparer.Ordinal).Append(null))
        {
            var names = storyOf.Keys.Where(n => truth is null || truthOf[n] == truth).ToList();
            var precision = names.Average(n => (double)shared[(storyOf[n], truthOf[n])] / sizeOfStory[storyOf[n]]);
            var recall = names.Average(n => (double)shared[(storyOf[n], truthOf[n])] / sizeOfTruth[truthOf[n]]);
            var storyCount = names.Select(n => storyOf[n]).Distinct().Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {truth ?? "all",-8} {names.Count,5} articles in {storyCount,5} stories  B-cubed P {precision:F3} R {recall:F3} F1 {2 * precision * recall / (precision + recall):F3}"));
        }

        return 0;
    }

    private static string TrueStory(string name) => name.Split("__")[0].Split('_')[0];
}
