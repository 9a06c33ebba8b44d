using System.Diagnostics;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Parses the same inputs over and over for a number of seconds: a steady load for a sampling profiler to attach to
/// (dotnet-trace collect -- digest-bench loop ...). A text file is parsed as it is; a folder's *.html.gz pages in turn.
/// </summary>
public static class ParseLoopBench
{
    public static int Run(string path, double seconds)
    {
        var inputs = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.html.gz").Order(StringComparer.Ordinal).Take(24)
                .Select(file => BenchPage.Load(file, Path.GetFileName(file), string.Empty))
                .Select(page => new ArticleInput(page.FileName, page.Content, ArticleMetadata.None)).ToList()
            : [new ArticleInput(Path.GetFileName(path), File.ReadAllBytes(path), ArticleMetadata.None)];
        var parser = new ArticleParser();
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var parses = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            parser.Parse(inputs[parses % inputs.Count]);
            parses++;
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / parses;

        // Processor time as well as elapsed: on a machine shared with other work, the elapsed time includes waits for a core.
        var cpuEach = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / parses;
        Console.WriteLine(
            $"{parses} parses in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMilliseconds / parses:F3} ms ({cpuEach:F3} ms of processor time) and {bytes / 1024} KB allocated each; " +
            $"GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, " +
            $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / parses:F3} ms each");
        return 0;
    }
}
