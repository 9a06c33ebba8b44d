using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Digest.Storage;
using Digest.Storage.Runtime;

namespace Digest.LocalRuntime.Blobs;

/// <summary>
/// Receipts of processed article versions, kept in the runtime container as
/// <c>receipts/{function}/{article}/{etag}</c> so "processed exactly once" survives restarts.
/// </summary>
public sealed class BlobReceiptStore(BlobContainerClient runtime, string functionName, TimeProvider timeProvider)
{
    private const string StatusKey = "status";
    private const string AttemptsKey = "attempts";

    private string Prefix => RuntimeBlobPaths.ReceiptsPrefix(functionName);

    /// <summary>Claims one article version for processing; null when another runtime is processing it now.</summary>
    public async Task<BlobReceiptClaim?> TryClaimAsync(string name, ETag etag, CancellationToken cancellationToken)
    {
        var blob = runtime.GetBlobClient(BlobNameFor(name, etag));
        var lease = await BlobLease.TryAcquireAsync(blob, timeProvider, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        if (lease.Created)
        {
            // A receipt made just now has nothing in it yet: one request per new article saved. (Another runtime would have
            // to take, use and release the lease between our create and our acquire to have written one; even then the
            // ingestor finds the summary already stamped with this ETag and writes nothing.)
            return new BlobReceiptClaim(blob, lease, null);
        }

        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        var current = TryReadStatus(properties.Value.Metadata, out var status, out var attempts)
            ? new BlobReceipt(name, Normalise(etag), status, attempts, null, properties.Value.LastModified)
            : null;
        return new BlobReceiptClaim(blob, lease, current);
    }

    private string BlobNameFor(string name, ETag etag) => $"{Prefix}{name}/{Normalise(etag)}";

    /// <summary>An ETag as receipts and the scan state keep it: without the quotes HTTP puts around it.</summary>
    public static string Normalise(ETag etag) => etag.ToString().Trim('"');

    internal static async Task SaveAsync(BlobClient blob, BlobLease lease, BlobReceipt receipt, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = lease.Conditions,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string>
            {
                [StatusKey] = receipt.Status.ToString(),
                [AttemptsKey] = receipt.Attempts.ToString(CultureInfo.InvariantCulture),
            },
        };
        await JsonBlob.WriteAsync(blob, receipt, JsonBlobFormat.Plain, cancellationToken, options);
    }

    private static bool TryReadStatus(IDictionary<string, string> metadata, out BlobReceiptStatus status, out int attempts)
    {
        attempts = 0;
        status = default;
        return metadata.TryGetValue(StatusKey, out var statusText)
            && Enum.TryParse(statusText, out status)
            && metadata.TryGetValue(AttemptsKey, out var attemptsText)
            && int.TryParse(attemptsText, NumberStyles.None, CultureInfo.InvariantCulture, out attempts);
    }
}
