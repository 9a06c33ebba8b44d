using BenchmarkDotNet.Jobs;
using Digest.Bench;

// digest-bench speed [BDN-ARGS] | cold FILE | loop FILE|HTML-DIR [SECONDS] | stages FILE [REPEATS] | html-stages [HTML-DIR] | summaries OUT DIR... | parser [BENCH-ROOT] [--details DIR] | extraction|dates|news [BENCH-DIR] [--details FILE] | page FILE [URL] | trace FILE | timeline [N]
//   | timelines [BENCH-DIR] [--pred DIR] | grouping DIR [--summaries FILE] [--show N] | pages-grouping [BENCH-ROOT] [--show N] | event-grouping [SET-DIR] [--show N] | synthetic-grouping [COUNT] [TOPICS]
//   (the grouping modes take --grouping "Name=Value;..." to change StoryGroupingOptions) | digest [STORED] [NEW] [TOPICS] [--warm]
//   | digest-curve | latency [COUNT] [PER-SECOND] [ARCHIVE] [--dated] | inbox-check DIR [--summaries FILE] [--tracks]
var bench = args.FirstOrDefault();
var details = Option("--details");
var predictions = Option("--pred");
var summaries = Option("--summaries");
var show = Option("--show");
var grouping = Option("--grouping");
var directory = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != details && a != predictions && a != summaries && a != show && a != grouping);
string Default(string name) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench", name));

return bench switch
{
    "extraction" => ExtractionBench.Run(directory ?? Default("article-extraction"), details),
    "dates" => DateBench.Run(directory ?? Default("publication-dates"), details),
    "news" => News(directory ?? Default("news-pages"), details),
    "speed" => Speed(args.Skip(1).ToArray()),
    "html-stages" => HtmlStagesBench.Run(args.Length > 1 ? args[1] : Path.Combine(BenchPaths.Shared, "news-pages", "html")),
    "cold" => ColdStartBench.Run(args[1]),
    "loop" => ParseLoopBench.Run(args[1], Number(2, 10)),
    "stages" => ParseStagesBench.Run(args[1], Number(2, 2000)),
    "summaries" => SummaryDump.Run(args[1], args.Skip(2)),
    "parser" => Parser(directory ?? Path.GetDirectoryName(Default("news-pages"))!, details),
    "page" => PageReport.Run(args[1], args.ElementAtOrDefault(2)),
    "trace" => CleanerTrace.Run(args[1]),
    "timeline" => TimelineBench.Run(Number(1, 10_000)),
    "timelines" => Timeline17Bench.Run(directory ?? Default("timelines"), predictions ?? Path.Combine(Path.GetTempPath(), "digest-timelines")),
    "grouping" when directory is not null => GroupingBench.Run(directory, summaries, Shown(), GroupingBench.OptionsWith(grouping)),
    "inbox-check" when directory is not null => InboxCheckBench.Run(directory, summaries, args.Contains("--tracks")),
    "event-grouping" => GroupingBench.RunEvents(directory ?? Path.Combine(BenchPaths.Shared, "event-grouping"), Shown(), GroupingBench.OptionsWith(grouping)),
    "pages-grouping" => GroupingBench.RunPages(directory ?? Path.GetDirectoryName(Default("news-pages"))!, Shown(), GroupingBench.OptionsWith(grouping)),
    "synthetic-grouping" => GroupingBench.RunSynthetic(Number(1, 10_000), Number(2, TimelineBench.Topics), GroupingBench.OptionsWith(grouping)),
    "digest" => DigestBench.Run(Number(1, 100_000), Number(2, 1_000), Number(3, TimelineBench.Topics), args.Contains("--row"), args.Contains("--warm")),
    "digest-curve" => DigestBench.Curve(),
    "latency" => await LatencyBench.RunAsync(Number(1, 300), Number(2, 20), Number(3, 0), args.Contains("--dated")),
    _ => Usage(),
};

// 15 iterations after 6 warm-ups: minutes, not an hour, and on this shared machine steady enough to compare (the short
// run's 3 iterations left a standard deviation of half the mean). In process, because the bench's assembly is named
// digest-bench, not after its project, which BenchmarkDotNet's generated projects need.
static int Speed(string[] filter)
{
    var job = Job.ShortRun.WithWarmupCount(6).WithIterationCount(15).WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance);
    var config = BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).AddJob(job);
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromTypes([typeof(TextParseBenchmarks), typeof(HtmlParseBenchmarks), typeof(StoryBenchmarks)])
        .Run(filter.Length == 0 ? ["--filter", "*"] : filter, config);
    return 0;
}

static int News(string directory, string? details)
{
    Console.WriteLine(NewsPagesBench.Run(directory, details));
    return 0;
}

// Every parser benchmark in one run, so a change tuned on one set is seen on the others at once.
static int Parser(string bench, string? detailsDirectory)
{
    string? Details(string name) => detailsDirectory is null ? null : Path.Combine(Directory.CreateDirectory(detailsDirectory).FullName, name + ".tsv");
    ExtractionBench.Run(Path.Combine(bench, "article-extraction"), Details("article-extraction"), compare: false);
    DateBench.Run(Path.Combine(bench, "publication-dates"), Details("publication-dates"));
    return News(Path.Combine(bench, "news-pages"), Details("news-pages"));
}

int Shown() => show is null ? 0 : int.Parse(show, System.Globalization.CultureInfo.InvariantCulture);

string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

int Number(int at, int fallback) =>
    args.Length > at && !args[at].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[at], System.Globalization.CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine(
        "usage: digest-bench speed [BenchmarkDotNet arguments] | cold FILE | loop FILE|HTML-DIR [SECONDS] | stages FILE [REPEATS] | html-stages [HTML-DIR] | summaries OUT DIR... | parser [BENCH-ROOT] [--details DIR] | extraction|dates|news [BENCH-DIR] [--details FILE.tsv] | page FILE.html.gz [URL] | timeline [N] | timelines [BENCH-DIR] [--pred DIR]"
        + " | grouping DIR [--summaries CACHE.json] [--show N] | pages-grouping [BENCH-ROOT] [--show N] | event-grouping [SET-DIR] [--show N] | synthetic-grouping [COUNT] [TOPICS] (each [--grouping Name=Value;...]) | digest [STORED] [NEW] [TOPICS] | inbox-check DIR [--summaries CACHE.json] [--tracks]");
    return 2;
}
