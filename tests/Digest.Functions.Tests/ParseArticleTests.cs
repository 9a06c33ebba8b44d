using Digest.Storage.Summaries;

namespace Digest.Functions.Tests;

public sealed class ParseArticleTests : IAsyncLifetime
{
    private const string Seed = "003_438cfef368783ca7.txt";
    private readonly FunctionsHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Writes_the_summary_of_the_triggering_article()
    {
        await _host.UploadSeedAsync(Seed);

        await _host.Create<ParseArticle>().RunAsync(_host.Storage.Articles.GetBlobClient(Seed), Seed, default);

        Assert.True(await _host.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For(Seed)).ExistsAsync());
    }

    [Fact]
    public async Task A_duplicate_event_leaves_the_summary_as_it_is()
    {
        await _host.UploadSeedAsync(Seed);
        var function = _host.Create<ParseArticle>();
        var summary = _host.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For(Seed));

        await function.RunAsync(_host.Storage.Articles.GetBlobClient(Seed), Seed, default);
        var first = (await summary.GetPropertiesAsync()).Value.ETag;
        await function.RunAsync(_host.Storage.Articles.GetBlobClient(Seed), Seed, default);

        Assert.Equal(first, (await summary.GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task A_changed_article_replaces_its_summary()
    {
        await _host.UploadSeedAsync(Seed);
        var function = _host.Create<ParseArticle>();
        var article = _host.Storage.Articles.GetBlobClient(Seed);
        var summary = _host.Storage.Summaries.GetBlobClient(SummaryBlobPaths.For(Seed));
        await function.RunAsync(article, Seed, default);

        await article.UploadAsync(BinaryData.FromString("Corrected headline\n\nThe ministers met again on Friday and agreed."), overwrite: true);
        await function.RunAsync(article, Seed, default);

        var replaced = (await summary.DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("Corrected headline", replaced, StringComparison.Ordinal);
    }
}
