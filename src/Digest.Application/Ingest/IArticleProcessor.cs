using Azure;

namespace Digest.Application.Ingest;

/// <summary>Handles one version of one article blob: the body of the blob-triggered function.</summary>
public interface IArticleProcessor
{
    /// <summary>
    /// Processes the article named <paramref name="name"/>. When <paramref name="expectedETag"/> is given and the blob
    /// has changed since, nothing is done: the newer version is processed on its own.
    /// Throws when processing failed and may succeed if retried.
    /// </summary>
    Task<ArticleProcessingResult> ProcessAsync(string name, ETag? expectedETag, CancellationToken cancellationToken);
}
