using Digest.IntegrationTests.TestSupport;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Blobs;
using Digest.Storage.Runtime;
using Digest.Storage.Summaries;

namespace Digest.IntegrationTests.Blobs;

/// <summary>
/// The scanner's sweep of the articles container a page at a time, its tail and its watermark, on Azurite with pages of
/// two names so that a handful of articles spans several pages.
/// </summary>
public sealed class ArticleScanSweepTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    private LocalRuntimeOptions Paged => _harness.Options with { ArticleScanPageSize = 2 };

    [Fact]
    public async Task A_scan_reads_one_page_of_the_sweep_and_the_tail_finds_names_sorting_last_at_once()
    {
        await UploadAsync("b1.txt", "b2.txt", "b3.txt", "b4.txt", "b5.txt");
        var scanner = _harness.NewScanner(options: Paged);
        var steps = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            steps.Add(await StepAfterAnIntervalAsync(scanner));
        }

        await UploadAsync("c1.txt", "b35.txt");
        steps.Add(await StepAfterAnIntervalAsync(scanner));
        var afterTail = await SummarisedAsync();
        steps.Add(await StepAfterAnIntervalAsync(scanner));

        Assert.Equal([2, 2, 1, 1, 1], steps);
        Assert.Contains("c1.txt", afterTail);
        Assert.DoesNotContain("b35.txt", afterTail);
        Assert.Equal(["b1.txt", "b2.txt", "b3.txt", "b35.txt", "b4.txt", "b5.txt", "c1.txt"], await SummarisedAsync());
    }

    [Fact]
    public async Task A_scan_straight_after_another_reads_only_the_tail()
    {
        await UploadAsync("b1.txt", "b2.txt", "b3.txt", "b4.txt", "b5.txt");
        var scanner = _harness.NewScanner(options: Paged);
        for (var i = 0; i < 3; i++)
        {
            await StepAfterAnIntervalAsync(scanner);
        }

        await UploadAsync("a1.txt", "c1.txt");
        var tailOnly = await scanner.ScanStepAsync(default);

        Assert.Equal(1, tailOnly.Processed);
        Assert.Contains("c1.txt", await SummarisedAsync());
        Assert.DoesNotContain("a1.txt", await SummarisedAsync());
    }

    [Fact]
    public async Task A_restarted_scanner_goes_on_from_where_the_stored_sweep_got_to()
    {
        await UploadAsync("b1.txt", "b2.txt", "b3.txt", "b4.txt", "b5.txt");
        var first = _harness.NewScanner(options: Paged);
        await first.ScanStepAsync(default);

        // The position is stored at most every 30 s while nothing needs a retry.
        _harness.Time.Advance(TimeSpan.FromSeconds(31));
        await first.ScanStepAsync(default);

        var restarted = _harness.NewScanner(options: Paged);
        var step = await restarted.ScanStepAsync(default);

        Assert.Equal(1, step.Processed);
        Assert.Equal(["b1.txt", "b2.txt", "b3.txt", "b4.txt", "b5.txt"], await SummarisedAsync());
    }

    [Fact]
    public async Task Versions_modified_before_the_watermark_are_not_looked_at()
    {
        await WriteStateAsync(ArticleScanState.Initial with { Watermark = DateTimeOffset.MaxValue });
        await UploadAsync("old.txt");

        var result = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(ArticleScanResult.Empty, result);
        Assert.Empty(await SummarisedAsync());
    }

    [Fact]
    public async Task A_retry_kept_in_the_scan_state_is_tried_below_the_watermark()
    {
        var uploaded = await _harness.UploadTestArticleAsync("flaky.txt", "harbour-v1.txt");
        await WriteStateAsync(ArticleScanState.Initial with
        {
            Watermark = DateTimeOffset.MaxValue,
            Retries = [new ArticleVersion("flaky.txt", BlobReceiptStore.Normalise(uploaded.ETag))],
        });

        var result = await _harness.NewScanner().ScanOnceAsync(default);

        Assert.Equal(1, result.Processed);
        Assert.Equal(["flaky.txt"], await SummarisedAsync());
    }

    [Fact]
    public async Task The_scanner_forgets_versions_once_the_watermark_has_passed_them()
    {
        await UploadAsync("a.txt", "b.txt", "c.txt");

        // A margin of minus an hour puts the watermark after every upload as soon as the first sweep completes.
        var scanner = _harness.NewScanner(options: _harness.Options with { ArticleScanClockMargin = TimeSpan.FromHours(-1) });
        var first = await scanner.ScanOnceAsync(default);
        var second = await scanner.ScanOnceAsync(default);

        Assert.Equal(3, first.Processed);
        Assert.Equal(0, scanner.Remembered);
        Assert.Equal(ArticleScanResult.Empty, second);
    }

    [Fact]
    public async Task A_failed_article_is_retried_after_a_restart_even_when_the_watermark_has_passed_it()
    {
        await _harness.UploadTestArticleAsync("flaky.txt", "harbour-v1.txt");
        var options = _harness.Options with { ArticleScanClockMargin = TimeSpan.FromHours(-1) };
        await _harness.NewScanner(new FailingArticleProcessor(), options).ScanOnceAsync(default);

        var retry = await _harness.NewScanner(options: options).ScanOnceAsync(default);

        Assert.Equal(1, retry.Processed);
        Assert.Equal(["flaky.txt"], await SummarisedAsync());
    }

    // Scans an interval apart, as a running scanner makes them when it finds nothing.
    private async Task<int> StepAfterAnIntervalAsync(ArticleBlobScanner scanner)
    {
        _harness.Time.Advance(_harness.Options.ArticleScanInterval);
        return (await scanner.ScanStepAsync(default)).Processed;
    }

    private async Task UploadAsync(params string[] names)
    {
        foreach (var name in names)
        {
            await _harness.UploadTestArticleAsync(name, "harbour-v1.txt");
        }
    }

    private async Task<List<string>> SummarisedAsync()
    {
        var names = new List<string>();
        await foreach (var item in _harness.Storage.Summaries.GetBlobsAsync())
        {
            names.Add(SummaryBlobPaths.ArticleOf(item.Name));
        }

        return names;
    }

    private Task WriteStateAsync(ArticleScanState state) =>
        new ArticleScanStateStore(_harness.Storage.Runtime, FunctionNames.ParseArticle).WriteAsync(state, default);

}
