using System.Diagnostics;
using System.Text;
using Azure.Storage.Blobs;
using Digest.Cli.Tests.TestSupport;
using Digest.LocalRuntime.Azurite;
using Xunit.Abstractions;

namespace Digest.Cli.Tests.Faults;

/// <summary>
/// The local runtime killed without warning (SIGKILL) in the middle of a batch, then started again, as an operator's
/// machine would be: every article is summarised, none twice. The counts and the recovery time go to the test output.
/// </summary>
public sealed class KillRestartTests(ITestOutputHelper output)
{
    private const int Articles = 500;

    // The batch has started when this many summaries exist; the kill then lands mid-batch.
    private const int KillAfter = 50;

    // Generous bounds for a 2-core CI machine: the whole batch takes about 15 s there.
    private static readonly TimeSpan BatchDeadline = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_killed_runtime_restarted_summarises_every_article_exactly_once()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var service = new BlobServiceClient(azurite.ConnectionString);
        var articles = service.GetBlobContainerClient("articles");
        await articles.CreateIfNotExistsAsync();
        var seed = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal).First());
        await Parallel.ForEachAsync(Enumerable.Range(0, Articles), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await articles.GetBlobClient($"article-{i:D4}.txt").UploadAsync(BinaryData.FromString($"Report {i}\n\n{seed}"), ct));
        var summaries = service.GetBlobContainerClient("summaries");
        await summaries.CreateIfNotExistsAsync();

        // The runtimes' output is drained (a full pipe would stall them) and kept for a failing run's diagnosis.
        var logs = new StringBuilder();
        using (var first = Start(azurite.ConnectionString, logs))
        {
            await WaitUntilAsync(async () => await CountAsync(summaries) >= KillAfter);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        // A summary written before the kill must not be written again: its ETag is the proof it was not re-processed.
        var beforeRestart = await VersionsAsync(summaries);
        var atKill = beforeRestart.Count;
        var restarted = Stopwatch.StartNew();
        using (var second = Start(azurite.ConnectionString, logs))
        {
            await WaitUntilAsync(async () => await CountAsync(summaries) >= Articles);
            restarted.Stop();
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        var after = await VersionsAsync(summaries);
        var duplicates = beforeRestart.Count(entry => after[entry.Key] != entry.Value);
        var lost = Articles - after.Count;
        output.WriteLine($"{Articles} articles; killed with {atKill} summarised; after restart all done in {restarted.Elapsed.TotalSeconds:F1} s; duplicates {duplicates}, lost {lost}");

        Assert.True(lost == 0 && duplicates == 0, $"lost {lost}, duplicates {duplicates}; runtime output:\n{logs}");
        Assert.InRange(atKill, KillAfter, Articles - 1);
    }

    private static Process Start(string connection, StringBuilder logs)
    {
        var start = CliProcess.StartInfo(
            Directory.CreateTempSubdirectory("digest-kill-").FullName,
            ["run"],
            ("AzureWebJobsStorage", connection),
            ("ArticleScanIntervalSeconds", "0.5"));
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(logs, e.Data);
        process.ErrorDataReceived += (_, e) => Append(logs, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Append(StringBuilder logs, string? line)
    {
        if (line is not null)
        {
            lock (logs)
            {
                logs.AppendLine(line);
            }
        }
    }

    private static async Task<int> CountAsync(BlobContainerClient container)
    {
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }

    private static async Task<Dictionary<string, Azure.ETag>> VersionsAsync(BlobContainerClient container)
    {
        var versions = new Dictionary<string, Azure.ETag>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync())
        {
            versions[blob.Name] = blob.Properties.ETag!.Value;
        }

        return versions;
    }

    // Waits on another process's progress, which only polling can observe; the deadline turns a hang into a failure.
    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var deadline = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(deadline.Elapsed < BatchDeadline, "the runtime did not get there in time");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
