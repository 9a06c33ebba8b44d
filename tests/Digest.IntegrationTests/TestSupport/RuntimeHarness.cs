using Azure.Storage.Blobs.Models;
using Digest.Application.Deliver;
using Digest.Application.Ingest;
using Digest.Application.Publish;
using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.Core.Rendering;
using Digest.Core.Stories.Grouping;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Azurite;
using Digest.LocalRuntime.Blobs;
using Digest.LocalRuntime.Timers;
using Digest.Storage;
using Digest.Storage.Digests;
using Digest.Storage.Stories;
using Digest.Storage.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>A fresh in-memory Azurite on a free port, and the runtime's parts wired to it with a fake clock.</summary>
public sealed class RuntimeHarness : IAsyncLifetime
{
    private readonly ServiceProvider _httpServices = HttpClientServices();
    private AzuriteServer? _azurite;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2021, 2, 20, 6, 0, 0, TimeSpan.Zero));

    public LocalRuntimeOptions Options { get; } = new();

    public DigestStorage Storage { get; private set; } = null!;

    /// <summary>The host's HTTP clients, as the pipeline registers them (without request logging).</summary>
    public IHttpClientFactory HttpClients => _httpServices.GetRequiredService<IHttpClientFactory>();

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Storage = DigestStorage.FromConnectionString(_azurite.ConnectionString);
        await Storage.EnsureContainersAsync();
    }

    public async Task DisposeAsync()
    {
        await _httpServices.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>A new runtime instance: what a restart, or a second machine, gets.</summary>
    public ArticleBlobScanner NewScanner(IArticleProcessor? processor = null, LocalRuntimeOptions? options = null, TimeProvider? time = null) =>
        new(Storage, processor ?? NewIngestor(), options ?? Options, time ?? Time, NullLogger<ArticleBlobScanner>.Instance);

    public DigestTimer NewTimer(SmtpOptions? smtp = null, DigestSchedule? schedule = null, ILogger<DigestTimer>? logger = null) =>
        new(Storage, NewPublisher(smtp), schedule is null ? Options : Options with { Schedule = schedule }, Time, logger ?? NullLogger<DigestTimer>.Instance);

    public LocalFunctionsHost NewHost() =>
        new(Storage, NewScanner(), NewTimer(), Options, Time, NullLogger<LocalFunctionsHost>.Instance);

    public ArticleIngestor NewIngestor() =>
        new(Storage, new ArticleParser(), new SummaryStore(Storage), NullLogger<ArticleIngestor>.Instance);

    /// <summary>
    /// A publisher that mails through <paramref name="smtp"/> and posts to <paramref name="webhook"/>, or only stores when
    /// both are null, composing with <paramref name="options"/>.
    /// </summary>
    public DigestPublisher NewPublisher(SmtpOptions? smtp = null, DigestOptions? options = null, ILogger<DigestPublisher>? logger = null, IFullDigestLinks? links = null, WebhookOptions? webhook = null)
    {
        var composer = new DigestComposer(EmbeddedTemplateSource.Instance, options ?? DigestOptions.Default);
        return new(Storage, NewSnapshot(), NewStoryIndex(), composer, NewDelivery(smtp, webhook), links ?? NewLinks(), logger ?? NullLogger<DigestPublisher>.Instance);
    }

    /// <summary>
    /// The stored story index as a new digest run sees it, logging to <paramref name="logger"/> when given and grouping with
    /// <paramref name="grouping"/> (the default options otherwise).
    /// </summary>
    public StoredStoryIndex NewStoryIndex(ILogger<StoredStoryIndex>? logger = null, StoryGroupingOptions? grouping = null) =>
        new(Storage, grouping ?? StoryGroupingOptions.Default, logger ?? NullLogger<StoredStoryIndex>.Instance);

    /// <summary>Links to the whole digest as the Functions app makes them: a SAS for the stored blob, timed by <see cref="Time"/>.</summary>
    public SasFullDigestLinks NewLinks(ILogger<SasFullDigestLinks>? logger = null, TimeProvider? time = null) =>
        new(Storage, time ?? Time, logger ?? NullLogger<SasFullDigestLinks>.Instance);

    public SummarySnapshot NewSnapshot(ILogger<SummarySnapshot>? logger = null) =>
        new(Storage, new SummaryStore(Storage), logger ?? NullLogger<SummarySnapshot>.Instance);

    public DigestDelivery NewDelivery(SmtpOptions? smtp, WebhookOptions? webhook = null, ILogger<DigestDelivery>? logger = null) =>
        new(
            Storage,
            [new SmtpChannel(smtp is null ? null : new DigestMailer(smtp, Time), Time), new WebhookChannel(webhook, HttpClients, Time)],
            logger ?? NullLogger<DigestDelivery>.Instance);

    public async Task<BlobProperties> UploadArticleAsync(string name, string text)
    {
        var blob = Storage.Articles.GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(text), overwrite: true);
        return (await blob.GetPropertiesAsync()).Value;
    }

    public async Task<BlobProperties> UploadTestArticleAsync(string name, string testFile) =>
        await UploadArticleAsync(name, await ReadTestArticleAsync(testFile));

    public static Task<string> ReadTestArticleAsync(string testFile) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Articles", testFile));

    public async Task<string> UploadSeedAsync(string fileName)
    {
        await UploadArticleAsync(fileName, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", fileName)));
        return fileName;
    }

    public async Task<IReadOnlyList<string>> ListAsync(Azure.Storage.Blobs.BlobContainerClient container, string? prefix = null)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, default))
        {
            names.Add(item.Name);
        }

        return names;
    }

    private static ServiceProvider HttpClientServices()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(WebhookChannel.HttpClientName).RemoveAllLoggers();
        return services.BuildServiceProvider();
    }

    public static IEnumerable<string> SeedNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Select(Path.GetFileName).Order().Cast<string>();
}
