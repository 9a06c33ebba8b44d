using System.Net;
using System.Text.RegularExpressions;
using Digest.Core.Digests;
using Digest.IntegrationTests.TestSupport;

namespace Digest.IntegrationTests.Digests;

public sealed partial class SasFullDigestLinksTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Period = new(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);

    // Smaller than the seeds' digest, so the e-mail must leave its story out and link to the whole digest.
    private static readonly DigestOptions Small = DigestOptions.Default with { MaxPartBytes = 4_000 };

    private readonly RuntimeHarness _harness = new();

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        foreach (var seed in RuntimeHarness.SeedNames())
        {
            await _harness.UploadSeedAsync(seed);
        }

        await _harness.NewScanner().ScanOnceAsync(default);
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task A_shortened_digest_links_to_the_whole_one_which_the_link_alone_opens()
    {
        // Azurite checks a SAS against the real clock, so this link is made now.
        var publication = await _harness.NewPublisher(options: Small, links: _harness.NewLinks(time: TimeProvider.System)).PublishAsync(Period, default);

        var mail = await StoredAsync(publication.Paths.Html);
        var link = WebUtility.HtmlDecode(FullDigestHref().Match(mail).Groups["url"].Value);
        Assert.StartsWith(_harness.Storage.Digests.GetBlobClient(publication.Paths.FullHtml).Uri.AbsoluteUri + "?", link, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var opened = await http.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("text/html", opened.Content.Headers.ContentType?.MediaType);
        var whole = await opened.Content.ReadAsStringAsync();
        Assert.Equal(await StoredAsync(publication.Paths.FullHtml), whole);
        Assert.Contains("NATO", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("In the full digest", whole, StringComparison.Ordinal);

        using var withoutSas = await http.GetAsync(_harness.Storage.Digests.GetBlobClient(publication.Paths.FullHtml).Uri);
        Assert.False(withoutSas.IsSuccessStatusCode, "The digests container is private: only the link opens the digest.");
    }

    [Fact]
    public async Task The_link_reads_one_blob_and_expires_a_week_after_it_was_made()
    {
        var link = await _harness.NewLinks().ForAsync("2021/02/20/0700.full.html", default);

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link.Url!).Query);
        Assert.Equal("r", query["sp"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal(_harness.Time.GetUtcNow().AddDays(7), link.ExpiresOn);
        Assert.Equal(_harness.Time.GetUtcNow().AddDays(7).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), query["se"]);
        Assert.Equal("digests/2021/02/20/0700.full.html", link.StoredAs);
    }

    [Fact]
    public async Task A_digest_that_fits_keeps_no_stale_whole_digest_from_an_earlier_build_of_its_period()
    {
        var shortened = await _harness.NewPublisher(options: Small).PublishAsync(Period, default);
        Assert.True(await _harness.Storage.Digests.GetBlobClient(shortened.Paths.FullHtml).ExistsAsync());

        var whole = await _harness.NewPublisher().PublishAsync(Period, default);

        Assert.False(await _harness.Storage.Digests.GetBlobClient(whole.Paths.FullHtml).ExistsAsync());
        Assert.DoesNotContain("In the full digest", await StoredAsync(whole.Paths.Html), StringComparison.Ordinal);
    }

    private async Task<string> StoredAsync(string name) =>
        (await _harness.Storage.Digests.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    [GeneratedRegex("href=\"(?<url>[^\"]+)\"[^>]*>Open the full digest<")]
    private static partial Regex FullDigestHref();
}
