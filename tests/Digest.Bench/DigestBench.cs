using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Digest.Core.Rendering;
using Digest.Core.Stories;
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

    public static int Run(int stored, int fresh, int topics)
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored} stored + {fresh} new synthetic summaries over {topics} topics"));

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
            $"{what,-13} {elapsed.TotalMilliseconds,8:F0} ms  allocated {(allocated - _allocatedBefore) / (1024.0 * 1024.0),6:F0} MiB  peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB  GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}  ({detail})"));
    }

    private static byte[] Serialise(StoryIndexState state)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, state, SummaryJson.Options);
        }

        return buffer.ToArray();
    }

    private static StoryIndexState Deserialise(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<StoryIndexState>(gzip, SummaryJson.Options)!;
    }
}
