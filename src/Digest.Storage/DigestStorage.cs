using Azure.Storage.Blobs;

namespace Digest.Storage;

/// <summary>The storage account Digest works in, with a client for each of its containers.</summary>
public sealed class DigestStorage
{
    public DigestStorage(BlobServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        Service = service;
        Articles = service.GetBlobContainerClient(StorageContainers.Articles);
        Summaries = service.GetBlobContainerClient(StorageContainers.Summaries);
        Digests = service.GetBlobContainerClient(StorageContainers.Digests);
        Poison = service.GetBlobContainerClient(StorageContainers.Poison);
        Runtime = service.GetBlobContainerClient(StorageContainers.Runtime);
    }

    public BlobServiceClient Service { get; }

    public BlobContainerClient Articles { get; }

    public BlobContainerClient Summaries { get; }

    public BlobContainerClient Digests { get; }

    public BlobContainerClient Poison { get; }

    public BlobContainerClient Runtime { get; }

    public static DigestStorage FromConnectionString(string connectionString) =>
        new(new BlobServiceClient(connectionString));

    /// <summary>Creates any missing container; safe to call on every start.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { Articles, Summaries, Digests, Poison, Runtime })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
