using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Digest.Core.Summaries;
using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Summaries;

namespace Digest.IntegrationTests.Hostile;

/// <summary>
/// Hostile and broken articles, through the same path as a real upload (blob → ingest → summary → digest) on Azurite.
/// Every file ends in a summary or a recorded error, its blob is never changed, and the digest holds nothing executable.
/// The small files and their expected outcomes are in TestFiles/Hostile; the large ones are made here.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Hostile");
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    public static TheoryData<string, string, string> Expected()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Corpus, "expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields.ElementAtOrDefault(2) ?? string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_file_ends_in_its_expected_summary_or_error_with_the_article_untouched(string file, string outcome, string error)
    {
        var summary = await IngestAsync(file, await File.ReadAllBytesAsync(Path.Combine(Corpus, file)));

        if (outcome == "error")
        {
            Assert.StartsWith(error, summary.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(summary.Error);
            Assert.False(string.IsNullOrWhiteSpace(summary.Body));
        }
    }

    [Fact]
    public async Task A_sixty_megabyte_file_is_refused_from_its_length_not_read()
    {
        var summary = await IngestAsync("huge.txt", Encoding.ASCII.GetBytes(new string('a', 60 * 1024 * 1024)));

        Assert.StartsWith("Article is too large: 62914560 bytes", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_twelve_megabyte_line_is_summarised_from_its_first_part()
    {
        var line = string.Concat(Enumerable.Repeat("The council met and talked about the bridge. ", 12 * 1024 * 1024 / 45));

        var summary = await IngestAsync("one-line.txt", Encoding.UTF8.GetBytes("Council approves bridge\n\n" + line));

        Assert.Null(summary.Error);
        Assert.InRange(summary.Body.Length, 1, 200_000);
    }

    [Fact]
    public async Task A_page_nested_a_hundred_thousand_deep_is_summarised()
    {
        var page = "<html><head><title>Council approves bridge</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>The council approved the new bridge on Tuesday after a long debate that lasted for more than ten years.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";

        var summary = await IngestAsync("deep.html", Encoding.UTF8.GetBytes(page));

        Assert.Null(summary.Error);
        Assert.Contains("approved the new bridge", summary.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_digest_of_hostile_articles_holds_nothing_executable()
    {
        foreach (var file in new[] { "script-in-html.html", "script-in-text.txt", "ten-thousand-links.html", "unclosed-quote.txt", "arabic.txt" })
        {
            await IngestAsync(file, await File.ReadAllBytesAsync(Path.Combine(Corpus, file)), url: "javascript:alert(9)");
        }

        var publication = await _harness.NewPublisher().PublishAsync(_harness.Time.GetUtcNow(), default);
        var html = (await _harness.Storage.Digests.GetBlobClient(publication.Paths.Html).DownloadContentAsync()).Value.Content.ToString();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, svg, form, base"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(
            document.QuerySelectorAll("[href], [src]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>(),
            link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("http://", StringComparison.Ordinal) || link.StartsWith('#'), link));
    }

    private async Task<ArticleSummary> IngestAsync(string name, byte[] content, string? url = null)
    {
        var blob = _harness.Storage.Articles.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromBytes(content), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = url is null ? null : new Dictionary<string, string> { ["url"] = url },
        });
        var before = (await blob.GetPropertiesAsync()).Value.ETag;

        await _harness.NewIngestor().ProcessAsync(name, expectedETag: null, default);

        var after = await blob.DownloadContentAsync();
        Assert.Equal(before, after.Value.Details.ETag);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(after.Value.Content.ToArray()));
        return await new SummaryStore(_harness.Storage).ReadAsync(SummaryBlobPaths.For(name), default) ?? throw new InvalidOperationException($"No summary of {name} was stored.");
    }
}
