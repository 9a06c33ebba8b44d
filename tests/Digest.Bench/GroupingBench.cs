using System.Diagnostics;
using System.Globalization;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Measures story grouping against known stories, as B-cubed precision, recall and F1: a folder of articles named
/// <c>&lt;topic&gt;__&lt;file&gt;</c> (the Timeline17 grouping benchmark, the true story being the part of the topic before the
/// first <c>_</c>); the benchmark's news pages, each its own story, where every merge is a chained story; or synthetic
/// summaries whose topic is known.
/// </summary>
public static class GroupingBench
{
    // The news pages come from 92 sites and years apart; a few do report one event (the article-extraction set holds some
    // stories twice), so a precision of 1 is not reachable, but a story of many pages is unrelated news chained together.
    private static readonly string[] PageSets = ["news-pages", "publication-dates", "article-extraction"];

    /// <summary>Parses the folder once (or reads the summaries a previous run cached), groups it and prints the scores.</summary>
    public static int Run(string directory, string? cachePath, int show, StoryGroupingOptions options)
    {
        var summaries = cachePath is not null && File.Exists(cachePath)
            ? StoredJson.Deserialize<List<ArticleSummary>>(File.ReadAllText(cachePath))
            : ArticleFolder.Parse(directory);
        if (cachePath is not null && !File.Exists(cachePath))
        {
            File.WriteAllText(cachePath, StoredJson.Serialize(summaries));
        }

        var stories = Score(summaries, TrueStory, perStory: true, options);
        ShowMixed(stories, summaries, TrueStory, show);
        return 0;
    }

    /// <summary>
    /// Groups every page of the three HTML sets under <paramref name="benchRoot"/> as if they had arrived together, each page
    /// its own true story, and prints the precision with the largest stories that mix pages: unrelated news chained into one story.
    /// </summary>
    public static int RunPages(string benchRoot, int show, StoryGroupingOptions options)
    {
        var summaries = PageSets.SelectMany(set => ArticleFolder.Parse(Path.Combine(benchRoot, set, "html"))
            .Select(s => s with { Name = set + "/" + s.Name })).ToList();
        var stories = Score(summaries, name => name, perStory: false, options);
        ShowMixed(stories, summaries, name => name, show);
        return 0;
    }

    /// <summary>
    /// Groups the ECB+ event-grouping set (<c>event-grouping/in</c>, every article arriving together in the order of its
    /// hashed name, as <c>digest timeline</c> reads the folder) and scores the stories against <c>gold.json</c>'s events,
    /// with how many topics have both their events in one story: different events of one subject must stay apart.
    /// </summary>
    public static int RunEvents(string setDirectory, int show, StoryGroupingOptions options)
    {
        var gold = StoredJson.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(setDirectory, "gold.json")));
        var summaries = ArticleFolder.Parse(Path.Combine(setDirectory, "in"));
        string EventOf(string name) => gold[Path.GetFileNameWithoutExtension(name)];
        var stories = Score(summaries, EventOf, perStory: false, options);
        var merged = stories
            .SelectMany(s => s.Articles.Select(a => EventOf(a.Name)).Distinct().GroupBy(e => e[..^1]).Where(g => g.Count() > 1).Select(g => g.Key))
            .Distinct()
            .Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  topics whose two events share a story: {merged}/{gold.Values.Select(e => e[..^1]).Distinct().Count()}"));

        // The halves a change is tuned on and checked on: topics in order of number, alternately (1, 5, 9, ... and 3, 7, 11, ...).
        var topics = gold.Values.Select(e => e[..^1]).Distinct().OrderBy(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
        foreach (var half in new[] { 0, 1 })
        {
            var inHalf = topics.Where((_, at) => at % 2 == half).ToHashSet(StringComparer.Ordinal);
            var halfStories = stories.Select(s => new Story(s.Id, [.. s.Articles.Where(a => inHalf.Contains(EventOf(a.Name)[..^1]))]))
                .Where(s => s.Articles.Count > 0).ToList();
            var (precision, recall) = BCubed(halfStories, EventOf);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  half {half + 1} (topics {string.Join(",", inHalf.Take(3))},...): B-cubed P {precision:F3} R {recall:F3} F1 {2 * precision * recall / (precision + recall):F3}, topics merged {stories.SelectMany(s => s.Articles.Select(a => EventOf(a.Name)).Distinct().GroupBy(e => e[..^1]).Where(g => g.Count() > 1).Select(g => g.Key)).Distinct().Count(inHalf.Contains)}/{inHalf.Count}"));
        }

        ShowMixed(stories, summaries, EventOf, show);
        return 0;
    }

    /// <summary>
    /// Groups synthetic summaries over <paramref name="topics"/> topics and scores the stories against the topics, with how
    /// many topics the largest story mixes: a story that chains unrelated topics together shows here as low precision.
    /// </summary>
    public static int RunSynthetic(int count, int topics, StoryGroupingOptions options)
    {
        var summaries = SyntheticNews.Generate(count, topics);
        var topicOf = summaries.ToDictionary(s => s.Name, SyntheticNews.TopicOf, StringComparer.Ordinal);
        var stories = Score(summaries, name => topicOf[name], perStory: false, options);
        var largest = stories.MaxBy(s => s.Articles.Count)!;
        var mixed = stories.Count(s => s.Articles.Select(a => topicOf[a.Name]).Distinct().Count() > 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  largest story: {largest.Articles.Count} articles of {largest.Articles.Select(a => topicOf[a.Name]).Distinct().Count()} topics; {mixed} stories mix topics"));
        return 0;
    }

    private static IReadOnlyList<Story> Score(IReadOnlyList<ArticleSummary> summaries, Func<string, string> truthOfName, bool perStory, StoryGroupingOptions options)
    {
        var clock = Stopwatch.StartNew();
        var stories = new StoryGrouper(options).Group(summaries);
        var grouping = clock.Elapsed;

        var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.Name, s.Id))).ToDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);
        var truthOf = storyOf.Keys.ToDictionary(n => n, truthOfName, StringComparer.Ordinal);
        var sizeOfStory = storyOf.Values.CountBy(id => id).ToDictionary();
        var sizeOfTruth = truthOf.Values.CountBy(t => t).ToDictionary(StringComparer.Ordinal);
        var shared = storyOf.Keys.CountBy(n => (storyOf[n], truthOf[n])).ToDictionary();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summaries.Count} summaries, {storyOf.Count} grouped into {stories.Count} stories in {grouping.TotalMilliseconds:F0} ms"));
        var truths = perStory ? sizeOfTruth.Keys.Order(StringComparer.Ordinal).Append(null) : [null];
        foreach (var truth in truths)
        {
            var names = storyOf.Keys.Where(n => truth is null || truthOf[n] == truth).ToList();
            var precision = names.Average(n => (double)shared[(storyOf[n], truthOf[n])] / sizeOfStory[storyOf[n]]);
            var recall = names.Average(n => (double)shared[(storyOf[n], truthOf[n])] / sizeOfTruth[truthOf[n]]);
            var storyCount = names.Select(n => storyOf[n]).Distinct().Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {truth ?? "all",-8} {names.Count,5} articles in {storyCount,5} stories  B-cubed P {precision:F3} R {recall:F3} F1 {2 * precision * recall / (precision + recall):F3}"));
        }

        return stories;
    }

    /// <summary>B-cubed precision and recall of the stories' articles against their true stories.</summary>
    private static (double Precision, double Recall) BCubed(IReadOnlyList<Story> stories, Func<string, string> truthOfName)
    {
        var members = stories.SelectMany(s => s.Articles.Select(a => (Story: s.Id, Truth: truthOfName(a.Name)))).ToList();
        var sizeOfStory = members.CountBy(m => m.Story).ToDictionary();
        var sizeOfTruth = members.CountBy(m => m.Truth).ToDictionary(StringComparer.Ordinal);
        var shared = members.CountBy(m => m).ToDictionary();
        return (members.Average(m => (double)shared[m] / sizeOfStory[m.Story]), members.Average(m => (double)shared[m] / sizeOfTruth[m.Truth]));
    }

    /// <summary>The <paramref name="count"/> largest stories that mix true stories, with their articles' titles: what a merge looked like.</summary>
    private static void ShowMixed(IReadOnlyList<Story> stories, IReadOnlyList<ArticleSummary> summaries, Func<string, string> truthOfName, int count)
    {
        var mixed = stories.Where(s => s.Articles.Select(a => truthOfName(a.Name)).Distinct(StringComparer.Ordinal).Count() > 1).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {mixed.Count} stories mix true stories, holding {mixed.Sum(s => s.Articles.Count)} articles; the largest holds {(mixed.Count == 0 ? 0 : mixed.Max(s => s.Articles.Count))}"));
        var titleOf = summaries.ToDictionary(s => s.Name, s => s.Title, StringComparer.Ordinal);
        foreach (var story in mixed.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id).Take(count))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  story {story.Id}: {story.Articles.Count} articles"));
            foreach (var article in story.Articles)
            {
                Console.WriteLine($"    {truthOfName(article.Name)}: {titleOf[article.Name]}");
            }
        }
    }

    /// <summary>
    /// The grouping options with the settings named in <paramref name="settings"/> ("CohesionShare=0.15;MinCoreShare=0.25",
    /// the names of <see cref="StoryGroupingOptions"/>' parameters) changed: to see what a setting trades on every set at once.
    /// </summary>
    public static StoryGroupingOptions OptionsWith(string? settings)
    {
        var values = (settings ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Split('=', 2))
            .ToDictionary(s => s[0], s => s.Length == 2 ? s[1] : throw new ArgumentException($"'{s[0]}' has no value: write Name=Value"), StringComparer.OrdinalIgnoreCase);
        var constructor = typeof(StoryGroupingOptions).GetConstructors().Single(c => c.GetParameters().Length > 0);
        var parameters = constructor.GetParameters();
        if (values.Keys.FirstOrDefault(name => !parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            throw new ArgumentException($"StoryGroupingOptions has no setting '{unknown}'");
        }

        var arguments = parameters.Select(p => values.TryGetValue(p.Name!, out var value)
            ? Convert.ChangeType(value, p.ParameterType, CultureInfo.InvariantCulture)
            : typeof(StoryGroupingOptions).GetProperty(p.Name!)!.GetValue(StoryGroupingOptions.Default)).ToArray();
        return (StoryGroupingOptions)constructor.Invoke(arguments);
    }

    private static string TrueStory(string name) => name.Split("__")[0].Split('_')[0];
}
