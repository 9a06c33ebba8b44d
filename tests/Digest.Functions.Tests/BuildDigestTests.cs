using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Functions.Worker;

namespace Digest.Functions.Tests;

public sealed class BuildDigestTests : IAsyncLifetime
{
    private readonly FunctionsHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Builds_the_digest_of_the_scheduled_period()
    {
        await SummariseSeedsAsync();

        await _host.Create<BuildDigest>().RunAsync(Timer(pastDue: false), default);

        Assert.Contains("2021/02/22/0700.html", await DigestsAsync());
    }

    [Fact]
    public async Task A_retry_rebuilds_the_same_period_instead_of_another()
    {
        await SummariseSeedsAsync();
        var function = _host.Create<BuildDigest>();

        await function.RunAsync(Timer(pastDue: false), default);
        _host.Time.Advance(TimeSpan.FromMinutes(7));
        await function.RunAsync(Timer(pastDue: false), default);

        Assert.Single(await DigestsAsync(), name => name.StartsWith("2021/", StringComparison.Ordinal) && name.EndsWith(".html", StringComparison.Ordinal));
    }

    private static TimerInfo Timer(bool pastDue) => new()
    {
        IsPastDue = pastDue,
        ScheduleStatus = new ScheduleStatus { Last = new DateTime(2021, 2, 21, 7, 0, 0, DateTimeKind.Utc), Next = new DateTime(2021, 2, 23, 7, 0, 0, DateTimeKind.Utc) },
    };

    private async Task SummariseSeedsAsync()
    {
        var parse = _host.Create<ParseArticle>();
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Select(Path.GetFileName).OfType<string>())
        {
            await _host.UploadSeedAsync(seed);
            await parse.RunAsync(_host.Storage.Articles.GetBlobClient(seed), seed, default);
        }
    }

    private async Task<List<string>> DigestsAsync()
    {
        var names = new List<string>();
        await foreach (var item in _host.Storage.Digests.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, default))
        {
            names.Add(item.Name);
        }

        return names;
    }
}
