using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Digests;

namespace Digest.IntegrationTests;

public sealed class LocalFunctionsHostTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Run_once_turns_the_seeds_into_a_stored_digest()
    {
        foreach (var seed in RuntimeHarness.SeedNames())
        {
            await _harness.UploadSeedAsync(seed);
        }

        var publication = await _harness.NewHost().RunOnceAsync(default);

        Assert.Equal(5, publication.ArticleCount);
        Assert.Equal(5, (await _harness.ListAsync(_harness.Storage.Summaries)).Count);
        var latest = (await _harness.Storage.Digests.GetBlobClient(DigestBlobPaths.LatestHtml).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("NATO", latest, StringComparison.Ordinal);
        Assert.Contains(publication.Paths.Html, await _harness.ListAsync(_harness.Storage.Digests));
    }
}
