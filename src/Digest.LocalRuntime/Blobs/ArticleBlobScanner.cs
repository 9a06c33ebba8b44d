using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Core.Summaries;
using Digest.Storage;
using Digest.Storage.Articles;
using Digest.Storage.Diagnostics;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.LocalRuntime.Blobs;

/// <summary>
/// The local stand-in for the blob trigger: scans the <c>articles</c> container and hands every new version
/// (name + ETag) to the processor once, retrying failures on later scans and recording poison after the last attempt.
/// </summary>
public sealed partial class ArticleBlobScanner
{
    private readonly DigestStorage _storage;
    private readonly IArticleProcessor _processor;
    private readonly LocalRuntimeOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ArticleBlobScanner> _logger;
    private readonly BlobReceiptStore _receipts;

    // Versions with a final receipt; lets a scan skip them without a request each.
    private readonly ConcurrentDictionary<string, byte> _finished = new(StringComparer.Ordinal);
    private bool _receiptsLoaded;

    public ArticleBlobScanner(
        DigestStorage storage,
        IArticleProcessor processor,
        LocalRuntimeOptions options,
        TimeProvider timeProvider,
        ILogger<ArticleBlobScanner> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _processor = processor;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _receipts = new BlobReceiptStore(storage.Runtime, FunctionNames.ParseArticle, timeProvider);
    }

    /// <summary>Scans once and processes every article version that has no final receipt yet.</summary>
    public async Task<ArticleScanResult> ScanOnceAsync(CancellationToken cancellationToken)
    {
        if (!_receiptsLoaded)
        {
            foreach (var receipt in await _receipts.ListAsync(cancellationToken))
            {
                if (receipt.Status is not BlobReceiptStatus.Failed)
                {
                    _finished.TryAdd(Key(receipt.Name, receipt.ETag), 0);
                }
            }

            _receiptsLoaded = true;
        }

        var work = new List<BlobItem>();
        await foreach (var item in _storage.Articles.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (item.Properties.ETag is { } etag && !_finished.ContainsKey(Key(item.Name, BlobReceiptStore.Normalise(etag))))
            {
                work.Add(item);
            }
        }

        var outcomes = new ConcurrentBag<BlobReceiptStatus?>();
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelArticles, CancellationToken = cancellationToken },
            async (item, token) => outcomes.Add(await ProcessAsync(item.Name, item.Properties.ETag!.Value, token)));

        return new ArticleScanResult(
            outcomes.Count(o => o == BlobReceiptStatus.Completed),
            outcomes.Count(o => o == BlobReceiptStatus.Failed),
            outcomes.Count(o => o == BlobReceiptStatus.Poisoned),
            outcomes.Count(o => o is null));
    }

    /// <summary>Scans every <see cref="LocalRuntimeOptions.ArticleScanInterval"/> until cancelled; a failed scan is logged, not fatal.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ScanOnceAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogScanFailed(_logger, FailureReason.Of(e));
                LogFailureDetail(_logger, e, "Scanning the articles container");
            }

            await Task.Delay(_options.ArticleScanInterval, _timeProvider, cancellationToken);
        }
    }

    // Returns the receipt status written, or null when another runtime holds the version.
    private async Task<BlobReceiptStatus?> ProcessAsync(string name, ETag etag, CancellationToken cancellationToken)
    {
        await using var claim = await _receipts.TryClaimAsync(name, etag, cancellationToken);
        if (claim is null)
        {
            LogClaimedElsewhere(_logger, name);
            return null;
        }

        var key = Key(name, BlobReceiptStore.Normalise(etag));
        if (claim.Current is { Status: not BlobReceiptStatus.Failed } finished)
        {
            _finished.TryAdd(key, 0);
            return finished.Status;
        }

        var attempt = (claim.Current?.Attempts ?? 0) + 1;
        BlobReceipt receipt;
        try
        {
            var result = await _processor.ProcessAsync(name, etag, cancellationToken);
            receipt = new BlobReceipt(name, BlobReceiptStore.Normalise(etag), BlobReceiptStatus.Completed, attempt, null, _timeProvider.GetUtcNow());
            LogProcessed(_logger, name, result, attempt);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var poisoned = attempt >= _options.MaxAttempts;
            receipt = new BlobReceipt(
                name,
                BlobReceiptStore.Normalise(etag),
                poisoned ? BlobReceiptStatus.Poisoned : BlobReceiptStatus.Failed,
                attempt,
                $"{e.GetType().Name}: {e.Message}",
                _timeProvider.GetUtcNow());
            if (poisoned)
            {
                await WritePoisonAsync(receipt, cancellationToken);
                LogPoisoned(_logger, name, attempt, FailureReason.Of(e));
                LogFailureDetail(_logger, e, "Processing " + name);
            }
            else
            {
                LogAttemptFailed(_logger, name, attempt, _options.MaxAttempts, FailureReason.Of(e));
                LogFailureDetail(_logger, e, "Processing " + name);
            }
        }

        await claim.SaveAsync(receipt, cancellationToken);
        if (receipt.Status is not BlobReceiptStatus.Failed)
        {
            _finished.TryAdd(key, 0);
        }

        return receipt.Status;
    }

    private async Task WritePoisonAsync(BlobReceipt receipt, CancellationToken cancellationToken)
    {
        var record = new PoisonRecord(receipt.Name, receipt.ETag, receipt.Attempts, receipt.LastError ?? "unknown", receipt.Updated);
        var json = BinaryData.FromString(JsonSerializer.Serialize(record, SummaryJson.Options));
        await _storage.Poison.GetBlobClient(receipt.Name + ".json").UploadAsync(json, overwrite: true, cancellationToken);
    }

    private static string Key(string name, string etag) => name + "\n" + etag;

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning the articles container failed ({Reason}); trying again next scan")]
    private static partial void LogScanFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{What} failed")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string what);


    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {Article} is being processed by another runtime")]
    private static partial void LogClaimedElsewhere(ILogger logger, string article);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Article}: {Result} (attempt {Attempt})")]
    private static partial void LogProcessed(ILogger logger, string article, ArticleProcessingResult result, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {Article} failed attempt {Attempt} of {MaxAttempts} ({Reason}); retrying on the next scan")]
    private static partial void LogAttemptFailed(ILogger logger, string article, int attempt, int maxAttempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {Article} is poison after {Attempts} attempts ({Reason}); see articles-poison/{Article}.json. The article itself is untouched")]
    private static partial void LogPoisoned(ILogger logger, string article, int attempts, string reason);
}
