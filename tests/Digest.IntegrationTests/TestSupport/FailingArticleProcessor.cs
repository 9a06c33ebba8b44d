using Azure;
using Digest.Application.Ingest;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>A processor that always fails, standing in for an article that breaks parsing or a storage outage.</summary>
public sealed class FailingArticleProcessor : IArticleProcessor
{
    public int Calls { get; private set; }

    public Task<ArticleProcessingResult> ProcessAsync(string name, ETag? expectedETag, CancellationToken cancellationToken)
    {
        Calls++;
        throw new InvalidDataException($"Cannot parse {name} (attempt {Calls}).");
    }
}
