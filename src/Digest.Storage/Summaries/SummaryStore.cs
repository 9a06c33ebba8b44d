using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Storage.Summaries;

/// <summary>Reads and writes summaries in the <c>summaries</c> container, one <c>{article}.json</c> per article.</summary>
public sealed class SummaryStore(DigestStorage storage)
{
    private const string SourceETagKey = "sourceEtag";
    private const string ParserVersionKey = "parserVersion";


    /// <summary>True when the stored summary was made from this article version by this parser version.</summary>
    public async Task<bool> IsCurrentAsync(string articleName, ETag articleVersion, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await storage.Summaries.GetBlobClient(SummaryBlobPaths.For(articleName)).GetPropertiesAsync(cancellationToken: cancellationToken);
            var metadata = properties.Value.Metadata;
            return metadata.TryGetValue(SourceETagKey, out var etag) && etag == articleVersion.ToString()
                && metadata.TryGetValue(ParserVersionKey, out var version) && version == ArticleParser.Version;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Writes the summary, replacing any stored for the article.</summary>
    public Task WriteAsync(ArticleSummary summary, ETag articleVersion, CancellationToken cancellationToken) =>
        UploadAsync(summary, articleVersion, conditions: null, cancellationToken);

    /// <summary>
    /// Writes the summary only if none is stored for the article yet, in one request; false when one is, whatever article
    /// or parser version it was made from.
    /// </summary>
    public async Task<bool> TryWriteNewAsync(ArticleSummary summary, ETag articleVersion, CancellationToken cancellationToken)
    {
        try
        {
            await UploadAsync(summary, articleVersion, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task UploadAsync(ArticleSummary summary, ETag articleVersion, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
            Metadata = new Dictionary<string, string>
            {
                [SourceETagKey] = articleVersion.ToString(),
                [ParserVersionKey] = summary.ParserVersion,
            },
            Conditions = conditions,
        };
        await JsonBlob.WriteAsync(storage.Summaries.GetBlobClient(SummaryBlobPaths.For(summary.Name)), summary, JsonBlobFormat.Plain, cancellationToken, options);
    }

    /// <summary>The name and version of every stored summary, from one listing of the container.</summary>
    public async Task<IReadOnlyList<StoredSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = new List<StoredSummary>();
        await foreach (var item in storage.Summaries.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (SummaryBlobPaths.IsSummary(item.Name) && item.Properties.ETag is { } etag)
            {
                stored.Add(new StoredSummary(item.Name, etag.ToString()));
            }
        }

        return stored;
    }

    /// <summary>The summary stored as <paramref name="blobName"/>, or null when it was deleted since it was listed.</summary>
    /// <exception cref="UnreadableBlobException">The blob is no summary (damaged, or edited by hand).</exception>
    public Task<ArticleSummary?> ReadAsync(string blobName, CancellationToken cancellationToken) =>
        JsonBlob.ReadAsync<ArticleSummary>(storage.Summaries.GetBlobClient(blobName), JsonBlobFormat.Plain, cancellationToken);
}
