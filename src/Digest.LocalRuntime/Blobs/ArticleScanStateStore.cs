using Azure.Storage.Blobs;
using Digest.Storage;
using Digest.Storage.Runtime;

namespace Digest.LocalRuntime.Blobs;

/// <summary>Reads and writes the <see cref="ArticleScanState"/> of a function in the runtime container.</summary>
public sealed class ArticleScanStateStore(BlobContainerClient runtime, string functionName)
{
    private BlobClient Blob => runtime.GetBlobClient(RuntimeBlobPaths.ScanState(functionName));

    /// <summary>The stored state, or the initial one when there is none or it cannot be read (which only costs a full check).</summary>
    public async Task<ArticleScanState> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await JsonBlob.ReadAsync<ArticleScanState>(Blob, JsonBlobFormat.Plain, cancellationToken) ?? ArticleScanState.Initial;
        }
        catch (UnreadableBlobException)
        {
            return ArticleScanState.Initial;
        }
    }

    public Task WriteAsync(ArticleScanState state, CancellationToken cancellationToken) =>
        JsonBlob.WriteAsync(Blob, state, JsonBlobFormat.Plain, cancellationToken);
}
