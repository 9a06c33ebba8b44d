using Azure.Storage.Blobs;
using Digest.Application.Ingest;
using Digest.Storage.Runtime;
using Digest.Storage.Settings;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Digest.Functions;

/// <summary>Blob trigger: writes the structured summary of each article dropped into the <c>articles</c> container.</summary>
public sealed partial class ParseArticle(ArticleIngestor ingestor, ILogger<ParseArticle> logger)
{
    // Flex Consumption supports only the Event Grid source. Event Grid delivers at least once; the ingestor skips a
    // version (name + ETag) it has already summarised. After host.json's poisonBlobThreshold failures the host moves
    // the blob's message to the webjobs-blobtrigger-poison queue; the article itself is never changed.
    [Function(FunctionNames.ParseArticle)]
    public async Task RunAsync(
        [BlobTrigger(FunctionBindings.ArticlesPath, Source = BlobTriggerSource.EventGrid, Connection = SettingNames.Storage)] BlobClient article,
        string name,
        CancellationToken cancellationToken)
    {
        var result = await ingestor.ProcessAsync(name, expectedETag: null, cancellationToken);
        LogProcessed(logger, article.Name, result);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ParseArticle {Article}: {Result}")]
    private static partial void LogProcessed(ILogger logger, string article, ArticleProcessingResult result);
}
