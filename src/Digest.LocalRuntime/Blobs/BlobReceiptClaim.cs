using Azure.Storage.Blobs;

namespace Digest.LocalRuntime.Blobs;

/// <summary>An article version this runtime holds the receipt lease for; the receipt so far is <see cref="Current"/>.</summary>
public sealed class BlobReceiptClaim(BlobClient blob, BlobLease lease, BlobReceipt? current) : IAsyncDisposable
{
    public BlobReceipt? Current { get; } = current;

    public Task SaveAsync(BlobReceipt receipt, CancellationToken cancellationToken) =>
        BlobReceiptStore.SaveAsync(blob, lease, receipt, cancellationToken);

    public ValueTask DisposeAsync() => lease.DisposeAsync();
}
