using Azure;
using Digest.Application.Ingest;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>Wraps a processor and completes <see cref="Processed"/> when an article has been processed.</summary>
public sealed class SignallingArticleProcessor(IArticleProcessor inner) : IArticleProcessor
{
    private readonly TaskCompletionSource<string> _processed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> Processed => _processed.Task;

    public async Task<ArticleProcessingResult> ProcessAsync(string name, ETag? expectedETag, CancellationToken cancellationToken)
    {
        var result = await inner.ProcessAsync(name, expectedETag, cancellationToken);
        _processed.TrySetResult(name);
        return result;
    }
}
