using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Digest.Core.Stories;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Scores one-story timelines on the Timeline17 topics of the timelines benchmark, under both inputs its README describes:
/// the published protocol (only articles published between the gold's first and last day) and all articles. Writes
/// <c>PRED_DIR/pub/&lt;topic&gt;.json</c> and <c>PRED_DIR/all/&lt;topic&gt;.json</c> in the <c>digest timeline</c> shape and
/// leaves the scoring to the benchmark's own <c>score.py</c>, so the numbers are the ones it reports.
/// </summary>
public static class Timeline17Bench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(string directory, string predictions)
    {
        var clock = Stopwatch.StartNew();
        var topics = Directory.EnumerateDirectories(directory)
            .Where(t => Directory.Exists(Path.Combine(t, "gold")))
            .Order(StringComparer.Ordinal)
            .ToList();
        var published = Path.Combine(predictions, "pub");
        var all = Path.Combine(predictions, "all");
        Directory.CreateDirectory(published);
        Directory.CreateDirectory(all);
        var building = TimeSpan.Zero;
        var everything = new List<ArticleSummary>();
        foreach (var topic in topics)
        {
            var name = Path.GetFileName(topic);
            var gold = ReadGold(Directory.EnumerateFiles(Path.Combine(topic, "gold"), "*.json").Order(StringComparer.Ordinal).First());
            var options = TimelineOptions.Default with
            {
                MaxDevelopments = gold.Count,
                MaxSentencesPerDevelopment = Math.Max(1, (int)Math.Round((double)gold.Values.Sum() / gold.Count, MidpointRounding.ToEven)),
            };
            var summaries = ArticleFolder.Parse(Path.Combine(topic, "in")).Where(s => s.Error is null).ToList();
            everything.AddRange(summaries);
            var (first, last) = (gold.Keys.Min(), gold.Keys.Max());
            var inSpan = summaries.Where(s => s.Published is { } p && p.Date >= first && p.Date <= last).ToList();

            var build = Stopwatch.StartNew();
            Write(Path.Combine(published, name + ".json"), name, inSpan, options);
            Write(Path.Combine(all, name + ".json"), name, summaries, options);
            building += build.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} N {options.MaxDevelopments,3} K {options.MaxSentencesPerDevelopment}  {inSpan.Count,4} of {summaries.Count,4} articles in the gold's span"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{topics.Count} topics in {clock.Elapsed.TotalSeconds:F1} s, of which building timelines {building.TotalMilliseconds:F0} ms"));

        // Every topic's articles as one story: how the cost of one big story grows.
        var big = Stopwatch.StartNew();
        var developments = StoryTimeline.Build(new Story(0, everything)).Developments.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one story of all {everything.Count} articles: {big.Elapsed.TotalMilliseconds:F0} ms ({developments} developments)"));
        Console.WriteLine("published protocol:");
        var scored = Score(directory, published);
        Console.WriteLine("all articles:");
        return Math.Max(scored, Score(directory, all));
    }

    private static Dictionary<DateOnly, int> ReadGold(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateObject().ToDictionary(
            d => DateOnly.ParseExact(d.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            d => d.Value.GetArrayLength());
    }

    private static void Write(string path, string title, IReadOnlyList<ArticleSummary> summaries, TimelineOptions options)
    {
        var timeline = summaries.Count == 0 ? null : StoryTimeline.Build(new Story(0, summaries), options);
        var entries = timeline?.Developments
            .Select(d => new { date = d.Date.Iso, sentences = d.Sentences, sources = d.Sources.Select(s => s.Name).ToList() })
            .ToList();
        var document = new { stories = entries is null ? [] : new[] { new { title, timeline = entries } } };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Indented));
    }

    private static int Score(string directory, string predictions)
    {
        var start = new ProcessStartInfo("python3") { WorkingDirectory = directory };
        foreach (var argument in new[] { "score.py", "all", Path.GetFullPath(predictions) })
        {
            start.ArgumentList.Add(argument);
        }

        using var score = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        score.WaitForExit();
        return score.ExitCode;
    }
}
