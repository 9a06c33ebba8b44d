using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Digest.Core.Summaries;

namespace Digest.Storage;

/// <summary>
/// Every record Digest keeps as JSON in a blob — summaries, the summary snapshot, the story index, the runtime's records,
/// scan states and receipts — read and written one way, in <see cref="StoredJson"/>'s shape, plain or gzip-compressed.
/// A blob that is missing reads as null; one that cannot be read throws <see cref="UnreadableBlobException"/>, and the
/// caller decides what that costs (usually: treat it as absent and say so once).
/// </summary>
public static class JsonBlob
{
    /// <summary>The value the blob holds, or null when there is no such blob.</summary>
    /// <exception cref="UnreadableBlobException">The blob is not such a value: truncated, hand-edited, of another version.</exception>
    public static async Task<T?> ReadAsync<T>(BlobClient blob, JsonBlobFormat format, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(blob);
        BlobDownloadStreamingResult download;
        try
        {
            download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }

        using (download)
        {
            try
            {
                await using var gzip = format == JsonBlobFormat.Gzip ? new GZipStream(download.Content, CompressionMode.Decompress) : null;
                return await JsonSerializer.DeserializeAsync<T>(gzip ?? download.Content, StoredJson.Options, cancellationToken)
                    ?? throw new JsonException("the blob holds null");
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
            {
                throw new UnreadableBlobException(blob.BlobContainerName, blob.Name, download.Details.ETag, e);
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> to the blob, replacing what it holds unless <paramref name="options"/> say otherwise.</summary>
    public static async Task WriteAsync<T>(BlobClient blob, T value, JsonBlobFormat format, CancellationToken cancellationToken, BlobUploadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(blob);
        using var buffer = new MemoryStream();
        if (format == JsonBlobFormat.Gzip)
        {
            await using var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true);
            await JsonSerializer.SerializeAsync(gzip, value, StoredJson.Options, cancellationToken);
        }
        else
        {
            await JsonSerializer.SerializeAsync(buffer, value, StoredJson.Options, cancellationToken);
        }

        buffer.Position = 0;
        if (options is null)
        {
            await blob.UploadAsync(buffer, overwrite: true, cancellationToken);
        }
        else
        {
            await blob.UploadAsync(buffer, options, cancellationToken);
        }
    }
}
