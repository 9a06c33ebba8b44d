using System.Diagnostics;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// The first article after the process starts, against the second: what a freshly started host pays once (regexes
/// generated at build time but initialised on first use, stop lists and gazetteers loaded, the JIT). Runtime start-up
/// itself is outside the figure.
/// </summary>
public static class ColdStartBench
{
    public static int Run(string path)
    {
        var input = new ArticleInput(Path.GetFileName(path), File.ReadAllBytes(path), ArticleMetadata.None);
        var clock = Stopwatch.StartNew();
        new ArticleParser().Parse(input);
        var first = clock.Elapsed;
        clock.Restart();
        new ArticleParser().Parse(input);
        var second = clock.Elapsed;
        Console.WriteLine($"{input.Name}: first parse {first.TotalMilliseconds:F0} ms, second {second.TotalMilliseconds:F1} ms");
        return 0;
    }
}
