using Azure.Storage.Blobs;
using Digest.LocalRuntime.Azurite;

namespace Digest.IntegrationTests.Azurite;

public sealed class AzuriteServerTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "digest-azurite-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task What_a_run_stored_on_disk_is_there_after_azurite_is_stopped_and_started_again()
    {
        await using (var first = await AzuriteServer.StartAsync(_dataDirectory))
        {
            var container = new BlobServiceClient(first.ConnectionString).GetBlobContainerClient("articles");
            await container.CreateIfNotExistsAsync();
            await container.GetBlobClient("kept.txt").UploadAsync(BinaryData.FromString("kept"));
        }

        await using var second = await AzuriteServer.StartAsync(_dataDirectory);
        var blob = new BlobServiceClient(second.ConnectionString).GetBlobContainerClient("articles").GetBlobClient("kept.txt");

        Assert.Equal("kept", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }
}
