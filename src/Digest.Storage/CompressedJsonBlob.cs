using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Digest.Core.Summaries;

namespace Digest.Storage;

/// <summary>
/// A value the digest keeps for itself as gzip-compressed JSON in one blob (the summary snapshot, the story index): one
/// home for reading and writing them the same way.
/// </summary>
internal static class CompressedJsonBlob
{
    /// <summary>The value, or null when the blob does not exist. Throws <see cref="JsonException"/> or <see cref="InvalidDataException"/> when it cannot be read; the caller decides what that costs.</summary>
    public static async Task<T?> ReadAsync<T>(BlobClient blob, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var gzip = new GZipStream(download.Value.Content, CompressionMode.Decompress);
            return await JsonSerializer.DeserializeAsync<T>(gzip, SummaryJson.Options, cancellationToken)
                ?? throw new JsonException($"{blob.Name} holds null.");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public static async Task WriteAsync<T>(BlobClient blob, T value, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(gzip, value, SummaryJson.Options, cancellationToken);
        }

        buffer.Position = 0;
        await blob.UploadAsync(buffer, overwrite: true, cancellationToken);
    }
}
