using System.Diagnostics;
using Digest.Application.Ingest;
using Digest.Core.Parsing;
using Digest.IntegrationTests.TestSupport;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Azurite;
using Digest.LocalRuntime.Blobs;
using Digest.Storage;
using Digest.Storage.Diagnostics;
using Digest.Storage.Summaries;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Digest.IntegrationTests.Faults;

/// <summary>Storage stopped in the middle of a run and started again: the failed scan is one reason, and nothing is lost or done twice.</summary>
public sealed class StorageOutageTests(ITestOutputHelper output) : IDisposable
{
    private const int Batch = 20;
    private readonly string _data = Directory.CreateTempSubdirectory("digest-outage-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Articles_uploaded_before_an_outage_are_summarised_once_after_it()
    {
        var (blob, queue, table) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var seed = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Order(StringComparer.Ordinal).First());
        DigestStorage storage;
        ArticleBlobScanner scanner;
        await using (var azurite = await AzuriteServer.StartAsync(_data, blob, queue, table))
        {
            storage = DigestStorage.FromConnectionString(azurite.ConnectionString);
            await storage.EnsureContainersAsync();
            scanner = NewScanner(storage);
            await UploadAsync(storage, 0, seed);
            Assert.Equal(Batch, (await scanner.ScanOnceAsync(default)).Processed);
            await UploadAsync(storage, Batch, seed);
        }

        var failed = await Assert.ThrowsAnyAsync<Exception>(() => scanner.ScanOnceAsync(default));
        var reason = FailureReason.Of(failed);

        var down = Stopwatch.StartNew();
        await using (await AzuriteServer.StartAsync(_data, blob, queue, table))
        {
            var result = await scanner.ScanOnceAsync(default);
            down.Stop();
            var summaries = await new SummaryStore(storage).ListAsync(default);
            output.WriteLine($"outage reason: {reason}; after restart {result.Processed} processed in {down.Elapsed.TotalSeconds:F1} s; {summaries.Count} summaries");

            Assert.DoesNotContain('\n', reason);
            Assert.Equal(Batch, result.Processed);
            Assert.Equal(2 * Batch, summaries.Count);
        }
    }

    private static ArticleBlobScanner NewScanner(DigestStorage storage) =>
        new(
            storage,
            new ArticleIngestor(storage, new ArticleParser(), new SummaryStore(storage), NullLogger<ArticleIngestor>.Instance),
            new LocalRuntimeOptions(),
            TimeProvider.System,
            NullLogger<ArticleBlobScanner>.Instance);

    private static async Task UploadAsync(DigestStorage storage, int first, string seed)
    {
        for (var i = first; i < first + Batch; i++)
        {
            await storage.Articles.GetBlobClient($"article-{i:D3}.txt").UploadAsync(BinaryData.FromString($"Report {i}\n\n{seed}"));
        }
    }
}
