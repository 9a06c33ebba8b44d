using System.Diagnostics;
using System.Globalization;
using System.Text;
using Digest.Cli.Hosting;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Azurite;
using Digest.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Bench;

/// <summary>
/// Upload → summary latency through the local runtime with its default settings, on a fresh in-memory Azurite: uploads
/// articles at a steady rate while <c>digest run</c>'s host runs, and watches the summaries container for each one's
/// summary. Optionally fills the container with already-summarised articles first, to show whether latency depends on how
/// many blobs the container holds.
/// </summary>
public static class LatencyBench
{
    // How often the summaries container is listed to see which summaries exist: the measurement's resolution.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(int count, double perSecond, int archive)
    {
        // One line per article would drown the result.
        Environment.SetEnvironmentVariable("DIGEST_LOG_LEVEL", "Warning");
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
            await UploadAllAsync(storage, archive, seeds, "archive");
            await host.RunOnceAsync(CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} articles uploaded at {perSecond}/s to a container holding {archive} summarised ones; local runtime defaults (scan every {options.ArticleScanInterval.TotalSeconds} s, {options.MaxParallelArticles} at a time)"));
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => host.RunAsync(stop.Token));
        var uploaded = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var summarised = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var watching = Task.Run(async () =>
        {
            while (summarised.Count < count && clock.Elapsed < Patience)
            {
                await foreach (var item in storage.Summaries.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "new_", CancellationToken.None))
                {
                    lock (summarised)
                    {
                        summarised.TryAdd(item.Name[..^".json".Length], clock.Elapsed);
                    }
                }

                await Task.Delay(PollInterval);
            }
        });

        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var name = Name("new", i);
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
            $"latency p50 {Percentile(latencies, 0.50):F2} s, p95 {Percentile(latencies, 0.95):F2} s, max {latencies.LastOrDefault():F2} s (resolution {PollInterval.TotalSeconds} s)"));
        return latencies.Count == count ? 0 : 1;
    }

    private static async Task UploadAllAsync(DigestStorage storage, int count, List<string> seeds, string prefix) =>
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            await storage.Articles.GetBlobClient(Name(prefix, i)).UploadAsync(BinaryData.FromString(Article(seeds, i)), token));

    // Names that do not sort by upload time, as real article names rarely do: a hash after the prefix.
    private static string Name(string prefix, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(prefix + i)))[..16]}.txt");

    private static string Article(List<string> seeds, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"Report {i}\n\n{seeds[i % seeds.Count]}");

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
