using Digest.Bench;

// digest-bench extraction|dates [BENCH-DIR] [--details FILE] | page FILE [URL] | trace FILE | timeline [N] | grouping [DIR] [--summaries FILE]
var bench = args.FirstOrDefault();
var details = Array.IndexOf(args, "--details") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
var summaries = Array.IndexOf(args, "--summaries") is var cacheAt and >= 0 && cacheAt + 1 < args.Length ? args[cacheAt + 1] : null;
var directory = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != details && a != summaries);
string Default(string name) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/bench", name));

return bench switch
{
    "extraction" => ExtractionBench.Run(directory ?? Default("article-extraction"), details),
    "dates" => DateBench.Run(directory ?? Default("publication-dates"), details),
    "page" => PageReport.Run(args[1], args.ElementAtOrDefault(2)),
    "trace" => CleanerTrace.Run(args[1]),
    "timeline" => TimelineBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000),
    "grouping" when directory is not null => GroupingBench.Run(directory, summaries),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: digest-bench extraction|dates [BENCH-DIR] [--details FILE.tsv] | page FILE.html.gz [URL] | timeline [N] | grouping [DIR] [--summaries CACHE.json]");
    return 2;
}
