using System.Text.Json;
using Digest.Core.Summaries;
using Digest.IntegrationTests.TestSupport;
using Digest.LocalRuntime.Blobs;
using Digest.Storage.Summaries;

namespace Digest.IntegrationTests.Blobs;

public sealed class ArticleBlobScannerTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Uploaded_article_gets_a_summary()
    {
        var name = await _harness.UploadSeedAsync("003_438cfef368783ca7.txt");

        var result = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(1, result.Processed);
        var summary = await ReadSummaryAsync(name);
        Assert.Equal(name, summary.Name);
        Assert.Contains("4,000", summary.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_version_is_not_processed_again_after_a_restart()
    {
        await _harness.UploadSeedAsync("002_c6088c52ef4f7cd4.txt");
        var first = await _harness.NewScanner().ScanOnceAsync(default);
        var summaryBefore = await SummaryPropertiesAsync("002_c6088c52ef4f7cd4.txt");

        var afterRestart = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(1, first.Processed);
        Assert.Equal(ArticleScanResult.Empty, afterRestart);
        Assert.Equal(summaryBefore.ETag, (await SummaryPropertiesAsync("002_c6088c52ef4f7cd4.txt")).ETag);
    }

    [Fact]
    public async Task Same_version_is_not_processed_twice_by_one_runtime()
    {
        await _harness.UploadSeedAsync("002_c6088c52ef4f7cd4.txt");
        var scanner = _harness.NewScanner();

        await scanner.ScanOnceAsync(default);
        var second = await scanner.ScanOnceAsync(default);

        Assert.Equal(ArticleScanResult.Empty, second);
    }

    [Fact]
    public async Task Changed_article_is_processed_again()
    {
        await _harness.UploadTestArticleAsync("story.txt", "harbour-v1.txt");
        await _harness.NewScanner().ScanOnceAsync(default);

        await _harness.UploadTestArticleAsync("story.txt", "harbour-v2.txt");
        var result = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(1, result.Processed);
        Assert.Equal("Port Elsworth harbour reopens after storm damage is repaired", (await ReadSummaryAsync("story.txt")).Title);
    }

    [Fact]
    public async Task Article_is_poison_after_five_failed_attempts_and_stays_intact()
    {
        var uploaded = await _harness.UploadTestArticleAsync("broken.txt", "harbour-v1.txt");
        var failing = new FailingArticleProcessor();
        var results = new List<ArticleScanResult>();

        // A restart between attempts must not reset the count: attempts live in the receipt.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            results.Add(await _harness.NewScanner(failing).ScanOnceAsync(default));
        }

        var afterPoison = await _harness.NewScanner(failing).ScanOnceAsync(default);

        Assert.All(results.Take(4), r => Assert.Equal(1, r.Failed));
        Assert.Equal(1, results[4].Poisoned);
        Assert.Equal(ArticleScanResult.Empty, afterPoison);
        Assert.Equal(5, failing.Calls);

        var poison = JsonSerializer.Deserialize<PoisonRecord>(
            (await _harness.Storage.Poison.GetBlobClient("broken.txt.json").DownloadContentAsync()).Value.Content.ToString(),
            StoredJson.Options)!;
        Assert.Equal(5, poison.Attempts);
        Assert.Contains("Cannot parse broken.txt", poison.Reason, StringComparison.Ordinal);
        Assert.Equal(_harness.Time.GetUtcNow(), poison.PoisonedAt);

        var article = await _harness.Storage.Articles.GetBlobClient("broken.txt").DownloadContentAsync();
        Assert.Equal(uploaded.ETag, article.Value.Details.ETag);
        Assert.Equal(await RuntimeHarness.ReadTestArticleAsync("harbour-v1.txt"), article.Value.Content.ToString());
    }

    [Fact]
    public async Task A_failure_is_retried_on_the_next_scan()
    {
        await _harness.UploadTestArticleAsync("flaky.txt", "harbour-v1.txt");
        await _harness.NewScanner(new FailingArticleProcessor()).ScanOnceAsync(default);

        var retry = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(1, retry.Processed);
        Assert.Equal("Storm closes Port Elsworth harbour for two days", (await ReadSummaryAsync("flaky.txt")).Title);
    }

    [Fact]
    public async Task Running_scanner_picks_up_a_dropped_article()
    {
        using var stop = new CancellationTokenSource();
        var signal = new SignallingArticleProcessor(_harness.NewIngestor());
        var clock = new WaitingTimeProvider(_harness.Time, _harness.Options.ArticleScanInterval);
        var running = _harness.NewScanner(signal, time: clock).RunAsync(stop.Token);

        // The article lands while the scanner waits for its next scan, after a first one that found nothing.
        await clock.Waiting.WaitAsync(TimeSpan.FromSeconds(30));
        await _harness.UploadSeedAsync("004_a2520b64ff1aecc6.txt");
        _harness.Time.Advance(_harness.Options.ArticleScanInterval);

        Assert.Equal("004_a2520b64ff1aecc6.txt", await signal.Processed.WaitAsync(TimeSpan.FromSeconds(30)));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    private async Task<ArticleSummary> ReadSummaryAsync(string article)
    {
        var content = await _harness.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For(article)).DownloadContentAsync();
        return StoredJson.Deserialize<ArticleSummary>(content.Value.Content.ToString());
    }

    private async Task<Azure.Storage.Blobs.Models.BlobProperties> SummaryPropertiesAsync(string article) =>
        (await _harness.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For(article)).GetPropertiesAsync()).Value;
}
