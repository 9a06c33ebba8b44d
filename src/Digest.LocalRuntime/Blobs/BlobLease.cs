using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Digest.LocalRuntime.Blobs;

/// <summary>
/// An exclusive lease on a blob, the way the Functions host keeps two instances off the same work.
/// Renewed in the background while held; released on dispose.
/// </summary>
public sealed class BlobLease : IAsyncDisposable
{
    // The longest finite lease blob storage grants; renewed at a third of it, so two renewals can fail before it lapses.
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);

    private readonly BlobLeaseClient _client;
    private readonly ITimer _renewal;

    private BlobLease(BlobLeaseClient client, bool created, TimeProvider timeProvider)
    {
        _client = client;
        Created = created;
        // A lost renewal only shortens the lease; the holder's writes then fail rather than race.
        _renewal = timeProvider.CreateTimer(_ => _ = RenewQuietlyAsync(), null, RenewEvery, RenewEvery);
    }

    public string LeaseId => _client.LeaseId;

    /// <summary>Whether taking the lease created the blob: then it is empty, and there is nothing to read from it.</summary>
    public bool Created { get; }

    public BlobRequestConditions Conditions => new() { LeaseId = LeaseId };

    /// <summary>Takes the lease on <paramref name="blob"/>, creating the blob if needed; null when someone else holds it.</summary>
    public static async Task<BlobLease?> TryAcquireAsync(BlobClient blob, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var created = await CreateIfMissingAsync(blob, cancellationToken);
        var client = blob.GetBlobLeaseClient();
        try
        {
            await client.AcquireAsync(Duration, cancellationToken: cancellationToken);
            return new BlobLease(client, created, timeProvider);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync();
        try
        {
            await _client.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Already expired or broken: nothing left to release.
        }
    }

    private static async Task<bool> CreateIfMissingAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await blob.UploadAsync(BinaryData.Empty, options, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Exists already (and may be leased): exactly what we need.
            return false;
        }
    }

    private async Task RenewQuietlyAsync()
    {
        try
        {
            await _client.RenewAsync();
        }
        catch (RequestFailedException)
        {
        }
    }
}
