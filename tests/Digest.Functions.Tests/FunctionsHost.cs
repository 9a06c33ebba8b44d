using Digest.LocalRuntime.Azurite;
using Digest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Digest.Functions.Tests;

/// <summary>The services the Functions app registers, on a fresh in-memory Azurite, with a fake clock.</summary>
public sealed class FunctionsHost : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2021, 2, 22, 7, 0, 10, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public DigestStorage Storage => Services.GetRequiredService<DigestStorage>();

    public static IConfiguration Configuration(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["DigestSchedule"] = "0 0 7 * * *",
        }).Build();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time);
        await services.AddDigestFunctionsAsync(Configuration(_azurite.ConnectionString));
        Services = services.BuildServiceProvider();
        await Storage.EnsureContainersAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public async Task UploadSeedAsync(string name) =>
        await Storage.Articles.GetBlobClient(name).UploadAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", name), overwrite: true);
}
