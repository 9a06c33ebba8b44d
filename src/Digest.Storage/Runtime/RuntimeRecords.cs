using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Digest.Storage.Runtime;

/// <summary>
/// The runtime's JSON bookkeeping records (timer status, digest state, outbox and sent markers) in the
/// <c>digest-runtime</c> container, read and written one way. A record that cannot be read — truncated, hand-edited,
/// written by an incompatible version — is treated as absent and logged once; the caller's next write replaces it, so
/// one bad blob never stops the runtime.
/// </summary>
public sealed partial class RuntimeRecords(BlobContainerClient runtime, ILogger logger)
{
    // Which unreadable versions were reported, so a record read every minute is reported once, not every minute.
    private static readonly ConcurrentDictionary<string, bool> Reported = new(StringComparer.Ordinal);

    /// <summary>The record at <paramref name="path"/>, or null when it does not exist or cannot be read.</summary>
    public async Task<T?> ReadAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonBlob.ReadAsync<T>(runtime.GetBlobClient(path), JsonBlobFormat.Plain, cancellationToken);
        }
        catch (UnreadableBlobException e)
        {
            if (Reported.TryAdd($"{runtime.Uri}/{path}@{e.Version}", true))
            {
                LogUnreadable(logger, runtime.Name, path, e.InnerException?.Message ?? e.Message);
            }

            return null;
        }
    }

    /// <summary>Writes the record; with <paramref name="overwrite"/> false, only when there is none yet (a conflict otherwise).</summary>
    public Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken, bool overwrite = true) =>
        JsonBlob.WriteAsync(
            runtime.GetBlobClient(path),
            value,
            JsonBlobFormat.Plain,
            cancellationToken,
            overwrite ? null : new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } });

    public async Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        await runtime.DeleteBlobIfExistsAsync(path, cancellationToken: cancellationToken);

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) =>
        (await runtime.GetBlobClient(path).ExistsAsync(cancellationToken)).Value;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Runtime record {Container}/{Path} cannot be read ({Reason}); treating it as absent, it is rewritten on the next write")]
    private static partial void LogUnreadable(ILogger logger, string container, string path, string reason);
}
