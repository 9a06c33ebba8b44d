using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Runtime;
using Digest.Storage.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Digest.IntegrationTests.Stories;

public sealed class StoredStoryIndexTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2021, 2, 22);

    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_restarted_digest_adds_only_new_summaries_to_the_stories_it_stored()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds.Take(3));
        var first = await _harness.NewStoryIndex().UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        await SummariseAsync(seeds.Skip(3));

        // Only the two new seeds are handed over as changed: the three others can only come from the stored index.
        var refresh = await _harness.NewSnapshot().RefreshAsync(Today, default);
        var second = await _harness.NewStoryIndex().UpdateAsync(refresh, Today, default);

        Assert.Equal(2, refresh.Changed.Count);
        var story = Assert.Single(second);
        Assert.Equal(Assert.Single(first).Id, story.Id);
        Assert.Equal(seeds, story.Articles.Select(a => a.Name).Order());
    }

    [Fact]
    public async Task A_corrupt_story_index_is_rebuilt_from_the_summaries_and_logged()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        await _harness.NewStoryIndex().UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        await _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.StoryIndex).UploadAsync(BinaryData.FromString("not gzip"), overwrite: true);
        var logger = new FakeLogger<StoredStoryIndex>();

        var refresh = await _harness.NewSnapshot().RefreshAsync(Today, default);
        var stories = await _harness.NewStoryIndex(logger: logger).UpdateAsync(refresh, Today, default);

        Assert.Empty(refresh.Changed);
        Assert.Equal(seeds, Assert.Single(stories).Articles.Select(a => a.Name).Order());
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains(RuntimeBlobPaths.StoryIndex, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_without_a_new_article_for_the_retirement_window_leaves_the_digest()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        var index = _harness.NewStoryIndex();
        await index.UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);

        var quiet = Today.AddDays(StoryGroupingOptions.Default.RetirementDays + 1);
        var later = await index.UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), quiet, default);

        Assert.Empty(later);
    }

    [Fact]
    public async Task Parsing_a_retired_storys_articles_again_does_not_bring_it_back()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        var index = _harness.NewStoryIndex();
        await index.UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        var quiet = Today.AddDays(StoryGroupingOptions.Default.RetirementDays + 1);
        await index.UpdateAsync(await _harness.NewSnapshot().RefreshAsync(quiet, default), quiet, default);

        // A corrected article is a new version, not a new article: its story stays retired.
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", seeds[0]));
        await _harness.UploadArticleAsync(seeds[0], text + "\n\nCorrection: an earlier version misspelt a name.");
        await _harness.NewIngestor().ProcessAsync(seeds[0], null, default);
        var refresh = await _harness.NewSnapshot().RefreshAsync(quiet, default);
        var stories = await index.UpdateAsync(refresh, quiet, default);

        Assert.Equal([seeds[0]], refresh.Changed.Select(s => s.Name));
        Assert.Empty(stories);
    }

    [Fact]
    public async Task An_index_grouped_with_other_options_is_regrouped_once_logged_once_and_then_reused()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        var before = StoryGroupingOptions.Default with { MaxCandidates = 8 };
        await _harness.NewStoryIndex(grouping: before).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        var logger = new FakeLogger<StoredStoryIndex>();

        var regrouped = await _harness.NewStoryIndex(logger).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        var reused = await _harness.NewStoryIndex(logger).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);

        var records = logger.Collector.GetSnapshot();
        var regrouping = Assert.Single(records, IsRegrouping);
        Assert.Equal(LogLevel.Information, regrouping.Level);
        Assert.Equal(RuntimeBlobPaths.StoryIndex, regrouping.GetStructuredStateValue("Blob"));
        Assert.Equal(GroupingVersion.Of(before), regrouping.GetStructuredStateValue("Stored"));
        Assert.Equal(GroupingVersion.Of(StoryGroupingOptions.Default), regrouping.GetStructuredStateValue("Current"));
        Assert.DoesNotContain(records, IsRebuilding);
        // The regrouping run grouped every summary afresh; the next one added none, as nothing changed.
        Assert.Equal([seeds.Count, 0], AddedPerRun(records));
        Assert.Equal(GroupingVersion.Of(StoryGroupingOptions.Default), (await ReadStoredIndexAsync())["groupedBy"]?.GetValue<string>());
        Assert.Equal(Members(regrouped), Members(reused));
        Assert.Equal(seeds, Assert.Single(reused).Articles.Select(a => a.Name).Order());
    }

    [Fact]
    public async Task An_index_grouped_with_the_same_options_is_reused()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        var grouping = StoryGroupingOptions.Default with { MaxCandidates = 8 };
        var first = await _harness.NewStoryIndex(grouping: grouping).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        var logger = new FakeLogger<StoredStoryIndex>();

        var second = await _harness.NewStoryIndex(logger, new StoryGroupingOptions(MaxCandidates: 8)).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);

        var records = logger.Collector.GetSnapshot();
        Assert.DoesNotContain(records, IsRegrouping);
        Assert.DoesNotContain(records, IsRebuilding);
        Assert.Equal([0], AddedPerRun(records));
        Assert.Equal(Members(first), Members(second));
    }

    [Fact]
    public async Task An_index_stored_before_its_grouping_was_recorded_is_regrouped_without_a_warning()
    {
        var seeds = RuntimeHarness.SeedNames().ToList();
        await SummariseAsync(seeds);
        await _harness.NewStoryIndex().UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);
        var old = await ReadStoredIndexAsync();
        Assert.True(old.Remove("groupedBy"));
        await WriteStoredIndexAsync(old);
        var logger = new FakeLogger<StoredStoryIndex>();

        var stories = await _harness.NewStoryIndex(logger).UpdateAsync(await _harness.NewSnapshot().RefreshAsync(Today, default), Today, default);

        var records = logger.Collector.GetSnapshot();
        Assert.Equal("unknown", Assert.Single(records, IsRegrouping).GetStructuredStateValue("Stored"));
        Assert.DoesNotContain(records, r => r.Level >= LogLevel.Warning);
        Assert.Equal([seeds.Count], AddedPerRun(records));
        Assert.Equal(seeds, Assert.Single(stories).Articles.Select(a => a.Name).Order());
        Assert.Equal(GroupingVersion.Of(StoryGroupingOptions.Default), (await ReadStoredIndexAsync())["groupedBy"]?.GetValue<string>());
    }

    private static bool IsRegrouping(FakeLogRecord record) => record.Message.Contains("regrouping it from the", StringComparison.Ordinal);

    private static bool IsRebuilding(FakeLogRecord record) => record.Message.Contains("from scratch", StringComparison.Ordinal);

    // What each run's closing line says it added: every usable summary when it grouped afresh, only the changed ones otherwise.
    private static List<int> AddedPerRun(IEnumerable<FakeLogRecord> records) =>
        [.. records.Select(r => r.GetStructuredStateValue("Added")).OfType<string>().Select(a => int.Parse(a, CultureInfo.InvariantCulture))];

    private static List<string> Members(IEnumerable<Story> stories) =>
        [.. stories.Select(s => $"{s.Id}: {string.Join(", ", s.Articles.Select(a => a.Name).Order(StringComparer.Ordinal))}")];

    private async Task<JsonObject> ReadStoredIndexAsync()
    {
        var download = await _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.StoryIndex).DownloadStreamingAsync();
        await using var gzip = new GZipStream(download.Value.Content, CompressionMode.Decompress);
        return (await JsonNode.ParseAsync(gzip))?.AsObject() ?? throw new InvalidDataException("The story index holds null.");
    }

    private async Task WriteStoredIndexAsync(JsonObject index)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(index.ToJsonString()));
        }

        buffer.Position = 0;
        await _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.StoryIndex).UploadAsync(buffer, overwrite: true);
    }

    private async Task SummariseAsync(IEnumerable<string> seeds)
    {
        foreach (var seed in seeds)
        {
            await _harness.UploadSeedAsync(seed);
            await _harness.NewIngestor().ProcessAsync(seed, null, default);
        }
    }
}
