using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Digest.Core.Digests;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Times a digest built from N stored synthetic summaries: a full rebuild (group all, retire, rank, build the shown
/// stories' timelines, render), and the incremental run a scheduled digest does (read the stored story index, add M new
/// summaries, retire, store the index again, render).
/// </summary>
public static class DigestBench
{
    private static long _allocatedBefore;

    // The growth curve: full rebuilds of 1,000 to 100,000 summaries over few and over many stories.
    private static readonly int[] CurveSizes = [1_000, 10_000, 100_000];
    private static readonly int[] CurveTopics = [100, 2_000];

    /// <summary>
    /// Full rebuilds at each size of the curve, each in a process of its own so that its peak memory is its own, and a
    /// table of time, allocations and peak memory per size, with the time per summary that shows how the cost grows.
    /// </summary>
    public static int Curve()
    {
        Console.WriteLine("| summaries | topics | active stories | full rebuild | grouping | render | per summary | allocated | peak working set |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var topics in CurveTopics)
        {
            foreach (var size in CurveSizes)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
                foreach (var argument in new[] { "digest", size.ToString(CultureInfo.InvariantCulture), "0", topics.ToString(CultureInfo.InvariantCulture), "--row" })
                {
                    start.ArgumentList.Add(argument);
                }

                using var child = Process.Start(start)!;
                var row = child.StandardOutput.ReadToEnd().Trim();
                child.WaitForExit();
                Console.WriteLine(row);
            }
        }

        return 0;
    }

    public static int Run(int stored, int fresh, int topics, bool row = false, bool warm = false)
    {
        var all = SyntheticNews.Generate(stored + fresh, topics)
            .OrderBy(s => s.Published!.Date)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var archive = all.Take(stored).ToList();
        var added = all.Skip(stored).ToList();
        var asOf = all[^1].Published!.Date.AddDays(1);
        var request = new DigestRequest(new DateTimeOffset(asOf.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), new DateTimeOffset(asOf.AddDays(-1).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        var composer = new DigestComposer();
        if (!row)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored} stored + {fresh} new synthetic summaries over {topics} topics"));
        }

        if (warm)
        {
            // The same rebuild once untimed first: what a process that has digested before (a warm host) pays, without
            // the JIT and the first-use set-up that a fresh process pays once.
            var warmUp = new StoryIndex(composer.Options.Grouping);
            foreach (var summary in archive)
            {
                warmUp.Add(summary, asOf.AddDays(-1));
            }

            composer.ComposeStories(warmUp.Stories, request);
        }

        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var index = new StoryIndex(composer.Options.Grouping);
        foreach (var summary in archive)
        {
            index.Add(summary, asOf.AddDays(-1));
        }

        index.Retire(asOf);
        var grouped = clock.Elapsed;
        var digest = composer.ComposeStories(index.Stories, request);
        var full = clock.Elapsed;
        if (row)
        {
            // What a fresh process paid besides the work: compiling methods (those ReadyToRun code does not cover, and the
            // re-compiling of hot ones) and GC pauses. On standard error, so the row on standard output stays a table row.
            Console.Error.WriteLine($"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms; GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stored:N0} | {topics:N0} | {index.StoryCount:N0} | {full.TotalSeconds:F2} s | {grouped.TotalSeconds:F2} s | {(full - grouped).TotalSeconds:F2} s | {full.TotalMilliseconds * 1000 / stored:F0} µs | {(GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore) / (1024.0 * 1024.0):F0} MiB | {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB |"));
            return 0;
        }

        Report("full rebuild", full, $"grouping {grouped.TotalMilliseconds:F0} ms, {index.Stories.Count} active stories, digest {digest.Html.Length / 1024} KiB ({Hash(digest.Html)}), grouping fingerprint {Fingerprint(index.Stories)}");

        var stateBytes = Serialise(index.Export());
        var byName = archive.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var state = Deserialise(stateBytes);
        var loaded = clock.Elapsed;
        var incremental = StoryIndex.Import(state, byName, composer.Options.Grouping);
        var imported = clock.Elapsed;
        foreach (var summary in added)
        {
            incremental.Add(summary, asOf);
        }

        incremental.Retire(asOf);
        var addedAt = clock.Elapsed;
        var saved = Serialise(incremental.Export());
        var savedAt = clock.Elapsed;
        var incrementalStories = incremental.Stories;
        var rendered = composer.ComposeStories(incrementalStories, request);
        var total = clock.Elapsed;
        Report(
            "incremental",
            total,
            $"read index {loaded.TotalMilliseconds:F0} ms ({stateBytes.Length / 1024} KiB gzip), import {(imported - loaded).TotalMilliseconds:F0} ms, " +
            $"add {fresh} {(addedAt - imported).TotalMilliseconds:F0} ms, write index {(savedAt - addedAt).TotalMilliseconds:F0} ms ({saved.Length / 1024} KiB), " +
            $"render {(total - savedAt).TotalMilliseconds:F0} ms ({Hash(rendered.Html)}), grouping fingerprint {Fingerprint(incrementalStories)}");
        return 0;
    }

    // A change made for speed must not change the grouping: this hash of every story's id and members tells.
    private static string Fingerprint(IReadOnlyList<Story> stories) =>
        Hash(string.Join('\n', stories.Select(s => s.Id.ToString(CultureInfo.InvariantCulture) + ":" + string.Join(',', s.Articles.Select(a => a.Name)))));

    private static string Hash(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    private static void Report(string what, TimeSpan elapsed, string detail)
    {
        using var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-13} {elapsed.TotalMilliseconds,8:F0} ms  allocated {(allocated - _allocatedBefore) / (1024.0 * 1024.0),6:F0} MiB  peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB  GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all  ({detail})"));
    }

    private static byte[] Serialise(StoryIndexState state)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, state, StoredJson.Options);
        }

        return buffer.ToArray();
    }

    private static StoryIndexState Deserialise(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<StoryIndexState>(gzip, StoredJson.Options)!;
    }
}
