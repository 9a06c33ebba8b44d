using System.Diagnostics;
using System.Globalization;
using System.Text;
using Digest.Cli.Hosting;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Azurite;
using Digest.LocalRuntime.Blobs;
using Digest.Storage;
using Digest.Storage.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Bench;

/// <summary>
/// Upload → summary latency through the local runtime with its default settings, on a fresh in-memory Azurite: uploads
/// articles at a steady rate while <c>digest run</c>'s host runs, and watches the summaries container for each one's
/// summary. Optionally fills the container with articles a sweep has already seen first, to show whether latency depends
/// on how many blobs the container holds.
/// </summary>
public static class LatencyBench
{
    // How often the summaries container is listed to see which summaries exist: the measurement's resolution. Listing a
    // whole archive's summaries that often would load Azurite as much as the runtime does, so then less often.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ArchivePollInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private const string ArchiveDatedPrefix = "2026/11/";
    private const string NewDatedPrefix = "2026/12/";

    public static async Task<int> RunAsync(int count, double perSecond, int archive, bool dated)
    {
        // One line per article would drown the result.
        if (Environment.GetEnvironmentVariable("DIGEST_LOG_LEVEL") is null)
        {
            Environment.SetEnvironmentVariable("DIGEST_LOG_LEVEL", "Warning");
        }
        await using var azurite = await AzuriteServer.StartAsync();
        var storage = DigestStorage.FromConnectionString(azurite.ConnectionString);
        await storage.OpenAsync();
        await storage.EnsureContainersAsync();
        var seeds = Directory.GetFiles(Path.Combine(BenchPaths.Repository, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var options = new LocalRuntimeOptions();
        await using var services = CliServices.Create(storage, options);
        var host = services.GetRequiredService<LocalFunctionsHost>();

        if (archive > 0)
        {
            // An archive a completed sweep has seen, without summarising it here (Azurite's in-memory store slows down as
            // it fills, which would make the set-up take most of an hour): the scan state says that everything modified
            // before now was seen, as it would after the runtime had gone through the archive.
            // The archive must also be older than the margin the watermark keeps behind a sweep's start, or the first
            // sweep would rightly look at its last minute of uploads again.
            await UploadAllAsync(storage, archive, seeds, dated);
            await Task.Delay(options.ArticleScanClockMargin + TimeSpan.FromSeconds(2));
            var seen = DateTimeOffset.UtcNow.AddSeconds(-1);
            await new ArticleScanStateStore(storage.Runtime, FunctionNames.ParseArticle).WriteAsync(ArticleScanState.Initial with { Watermark = seen }, CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} articles{(dated ? " with dated names" : string.Empty)} uploaded at {perSecond}/s to a container holding {archive} already seen; local runtime defaults (scan every {options.ArticleScanInterval.TotalSeconds} s, {options.MaxParallelArticles} at a time)"));
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => host.RunAsync(stop.Token));
        if (archive > 0)
        {
            // A runtime that has been running: its first sweep has completed, so it knows where the container's tail is.
            var state = new ArticleScanStateStore(storage.Runtime, FunctionNames.ParseArticle);
            while ((await state.ReadAsync(CancellationToken.None)).TailContinuation is null && !running.IsCompleted)
            {
                await Task.Delay(PollInterval);
            }
        }
        var uploaded = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var summarised = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var poll = archive > 0 && !dated ? ArchivePollInterval : PollInterval;
        var clock = Stopwatch.StartNew();
        var watching = Task.Run(async () =>
        {
            while (summarised.Count < count && clock.Elapsed < Patience)
            {
                await foreach (var item in storage.Summaries.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, dated ? NewDatedPrefix : null, CancellationToken.None))
                {
                    var article = item.Name[..^".json".Length];
                    lock (uploaded)
                    {
                        if (uploaded.ContainsKey(article))
                        {
                            summarised.TryAdd(article, clock.Elapsed);
                        }
                    }
                }

                await Task.Delay(poll);
            }
        });

        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var name = dated ? NewDatedPrefix + i.ToString("D6", CultureInfo.InvariantCulture) + ".txt" : Name("new", i);
            await storage.Articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(Article(seeds, i)));
            lock (uploaded)
            {
                uploaded[name] = clock.Elapsed;
            }
        }

        var uploadTime = clock.Elapsed;
        await watching;
        await stop.CancelAsync();
        await running;
        var latencies = uploaded.Where(u => summarised.ContainsKey(u.Key)).Select(u => (summarised[u.Key] - u.Value).TotalSeconds).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summarised {latencies.Count} of {count} in {clock.Elapsed.TotalSeconds:F1} s (uploads took {uploadTime.TotalSeconds:F1} s); " +
            $"latency p50 {Percentile(latencies, 0.50):F2} s, p95 {Percentile(latencies, 0.95):F2} s, max {latencies.LastOrDefault():F2} s (resolution {poll.TotalSeconds} s)"));
        return latencies.Count == count ? 0 : 1;
    }

    private static async Task UploadAllAsync(DigestStorage storage, int count, List<string> seeds, bool dated) =>
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            await storage.Articles.GetBlobClient(dated ? ArchiveDatedPrefix + Name("archive", i) : Name("archive", i)).UploadAsync(BinaryData.FromString(Article(seeds, i)), token));

    // Names that do not sort by upload time, as many article names do not: a hash, so that new articles fall anywhere among
    // the archive's. With --dated, the archive is named under last month and new articles under this one, sorting last.
    private static string Name(string prefix, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(prefix + i)))[..16]}.txt");

    private static string Article(List<string> seeds, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"Report {i}\n\n{seeds[i % seeds.Count]}");

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
