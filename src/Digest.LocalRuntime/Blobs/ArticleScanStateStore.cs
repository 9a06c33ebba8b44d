using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Digest.Core.Summaries;
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
            var content = (await Blob.DownloadContentAsync(cancellationToken)).Value.Content;
            return JsonSerializer.Deserialize<ArticleScanState>(content.ToString(), SummaryJson.Options) ?? ArticleScanState.Initial;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ArticleScanState.Initial;
        }
        catch (JsonException)
        {
            return ArticleScanState.Initial;
        }
    }

    public async Task WriteAsync(ArticleScanState state, CancellationToken cancellationToken) =>
        await Blob.UploadAsync(BinaryData.FromString(JsonSerializer.Serialize(state, SummaryJson.Options)), overwrite: true, cancellationToken);
}
