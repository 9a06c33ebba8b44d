using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Core.Parsing;
using Digest.Core.Summaries;
using Digest.Storage;
using Digest.Storage.Articles;
using Digest.Storage.Summaries;
using Microsoft.Extensions.Logging;

namespace Digest.Application.Ingest;

/// <summary>
/// Parses an article blob into its summary. Called by the blob-triggered function in Azure and by the local runtime,
/// so both behave the same; idempotent per article version because triggers deliver duplicates.
/// </summary>
public sealed partial class ArticleIngestor(
    DigestStorage storage,
    ArticleParser parser,
    SummaryStore summaries,
    ILogger<ArticleIngestor> logger) : IArticleProcessor
{
    public async Task<ArticleProcessingResult> ProcessAsync(string name, ETag? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var blob = storage.Articles.GetBlobClient(name);

        BlobDownloadStreamingResult download;
        try
        {
            var options = new BlobDownloadOptions
            {
                Conditions = expectedETag is { } etag ? new BlobRequestConditions { IfMatch = etag } : null,
            };
            download = (await blob.DownloadStreamingAsync(options, cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            LogSuperseded(logger, name);
            return ArticleProcessingResult.Superseded;
        }

        ArticleSummary summary;
        using (download)
        {
            var version = download.Details.ETag;
            // Memory stays bounded by the parser's limit: a larger blob is refused from its length, never read.
            var limit = parser.Options.MaxBytes;
            if (download.Details.ContentLength > limit)
            {
                summary = ArticleParser.TooLarge(name, download.Details.ContentLength, limit);
            }
            else
            {
                using var buffer = new MemoryStream((int)download.Details.ContentLength);
                await download.Content.CopyToAsync(buffer, cancellationToken);
                var input = new ArticleInput(name, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ArticleBlobMetadata.Read(download.Details.Metadata));
                summary = parser.Parse(input);
            }

            // Nearly every article is new: its summary is written on the condition that none exists, and only when one does is
            // it asked what that one was made from. A new article costs one request fewer; a repeated event costs a parse.
            if (!await summaries.TryWriteNewAsync(summary, version, cancellationToken))
            {
                if (await summaries.IsCurrentAsync(name, version, cancellationToken))
                {
                    LogAlreadySummarised(logger, name, version);
                    return ArticleProcessingResult.AlreadySummarised;
                }

                await summaries.WriteAsync(summary, version, cancellationToken);
            }
        }

        if (summary.Error is { } error)
        {
            LogUnparseable(logger, name, error);
        }
        else
        {
            LogSummarised(logger, name, summary.Title, summary.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "on an unknown day");
        }

        return ArticleProcessingResult.Summarised;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article} changed or vanished before it was read; the newer version is processed on its own")]
    private static partial void LogSuperseded(ILogger logger, string article);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article} version {ETag} is already summarised")]
    private static partial void LogAlreadySummarised(ILogger logger, string article, ETag eTag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Article} could not be parsed: {Error}; the error is recorded in its summary")]
    private static partial void LogUnparseable(ILogger logger, string article, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article} summarised: \"{Title}\", published {Published}")]
    private static partial void LogSummarised(ILogger logger, string article, string title, string published);
}
