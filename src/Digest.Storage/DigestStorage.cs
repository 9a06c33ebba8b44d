using Azure;
using Azure.Storage.Blobs;
using Digest.Storage.Diagnostics;
using Digest.Storage.Settings;

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

    /// <summary>
    /// How long a host waits at start for the account to answer: a wrong account name or key should be one clear line
    /// within seconds, not the storage client's retries of an unanswerable request for half a minute.
    /// </summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Creates any missing container, as a host's first call to the account, within <see cref="StartTimeout"/>: an account
    /// that does not answer, or refuses the credentials, throws <see cref="StorageUnavailableException"/> saying why.
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken = default)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(StartTimeout);
        try
        {
            await EnsureContainersAsync(bounded.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException(
                $"Storage account {ShownUri.Of(Service.Uri)} did not answer within {StartTimeout.TotalSeconds:0} s; check {SettingNames.Storage} and that the account (or Azurite) is running.", e);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException)
        {
            throw new StorageUnavailableException(
                $"Storage account {ShownUri.Of(Service.Uri)} cannot be used ({FailureReason.Of(e)}); check {SettingNames.Storage}.", e);
        }
    }

    /// <summary>Creates any missing container; safe to call on every start.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { Articles, Summaries, Digests, Poison, Runtime })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
