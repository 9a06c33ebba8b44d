using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Runtime;
using Digest.Storage.Summaries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Digest.IntegrationTests.Summaries;

public sealed class SummarySnapshotTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2021, 2, 22);

    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task First_refresh_reads_every_summary_and_keeps_them()
    {
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await SummariseAsync("harbour-v2.txt", "b.txt");

        var summaries = (await _harness.NewSnapshot().RefreshAsync(Today, default)).All;

        Assert.Equal(["a.txt", "b.txt"], summaries.Select(s => s.Name));
        Assert.True(await _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.SummarySnapshot).ExistsAsync());
    }

    [Fact]
    public async Task Later_refreshes_see_new_changed_and_removed_summaries()
    {
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await SummariseAsync("harbour-v1.txt", "b.txt");
        await _harness.NewSnapshot().RefreshAsync(Today, default);

        await SummariseAsync("harbour-v2.txt", "b.txt");
        await SummariseAsync("harbour-v1.txt", "c.txt");
        await _harness.Storage.Summaries.DeleteBlobAsync(SummaryBlobPaths.For("a.txt"));
        var summaries = (await _harness.NewSnapshot().RefreshAsync(Today, default)).All;

        Assert.Equal(["b.txt", "c.txt"], summaries.Select(s => s.Name));
        Assert.StartsWith("Port Elsworth harbour reopens", summaries[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_summary_is_left_out_with_one_warning_and_the_rest_still_read()
    {
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await _harness.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For("b.txt")).UploadAsync(BinaryData.FromString("{\"name\": \"b.txt\", \"tit"));
        var logger = new FakeLogger<SummarySnapshot>();

        var summaries = (await _harness.NewSnapshot(logger).RefreshAsync(Today, default)).All;

        Assert.Equal(["a.txt"], summaries.Select(s => s.Name));
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("b.txt.json cannot be read", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_container_leaves_the_snapshot_unwritten()
    {
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await _harness.NewSnapshot().RefreshAsync(Today, default);
        var snapshot = _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.SummarySnapshot);
        var before = (await snapshot.GetPropertiesAsync()).Value.ETag;

        await _harness.NewSnapshot().RefreshAsync(Today, default);

        Assert.Equal(before, (await snapshot.GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task Records_when_each_summary_arrived_and_keeps_it_through_new_versions()
    {
        var morning = new DateTimeOffset(2021, 2, 22, 7, 0, 0, TimeSpan.Zero);
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await _harness.NewSnapshot().RefreshAsync(morning, default);

        await SummariseAsync("harbour-v2.txt", "a.txt");
        await SummariseAsync("harbour-v1.txt", "b.txt");
        var later = await _harness.NewSnapshot().RefreshAsync(morning.AddHours(1), default);

        Assert.Equal(morning, later.Arrived["a.txt"]);
        Assert.Equal(morning.AddHours(1), later.Arrived["b.txt"]);
    }

    [Fact]
    public async Task A_corrupt_snapshot_costs_a_full_reload()
    {
        await SummariseAsync("harbour-v1.txt", "a.txt");
        await _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.SummarySnapshot).UploadAsync(BinaryData.FromString("not gzip"), overwrite: true);

        var summaries = (await _harness.NewSnapshot().RefreshAsync(Today, default)).All;

        Assert.Equal(["a.txt"], summaries.Select(s => s.Name));
    }

    private async Task SummariseAsync(string testFile, string name)
    {
        await _harness.UploadTestArticleAsync(name, testFile);
        var result = await _harness.NewIngestor().ProcessAsync(name, null, default);
        Assert.NotEqual(Digest.Application.Ingest.ArticleProcessingResult.Superseded, result);
    }
}
