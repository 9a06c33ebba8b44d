using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Application.Ingest;
using Digest.Core.Summaries;
using Digest.Storage;
using Digest.Storage.Articles;
using Digest.Storage.Diagnostics;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.LocalRuntime.Blobs;

/// <summary>
/// The local stand-in for the blob trigger: finds new article versions (name + ETag) in the <c>articles</c> container and
/// hands each to the processor once, retrying failures on later scans and recording poison after the last attempt.
/// </summary>
/// <remarks>
/// <para>
/// Blob storage lists a container in name order, a page at a time, and Azurite has no change feed or events to say what
/// is new. So the scanner sweeps the container a page per scan, and only looks closer at the articles modified since the
/// sweep before last started (the <see cref="ArticleScanState.Watermark"/>): anything older was seen by a completed sweep.
/// It remembers only those recent versions, so its memory follows the rate of uploads, not the size of the container.
/// </para>
/// <para>
/// Each scan also lists the container's last page (the tail), so articles whose names sort last, as dated names do, are
/// found within one scan interval however big the container is; others wait for the sweep to reach them, as with the
/// Functions host's own polling. The Functions app itself is told of new blobs by Event Grid and does not scan.
/// </para>
/// </remarks>
public sealed partial class ArticleBlobScanner
{
    // The state is written when it matters (a retry added or resolved) and otherwise at most this often: a watermark
    // stored a little late only means a second look at a few more articles after a restart.
    private static readonly TimeSpan StateWriteInterval = TimeSpan.FromSeconds(30);

    private readonly DigestStorage _storage;
    private readonly IArticleProcessor _processor;
    private readonly LocalRuntimeOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ArticleBlobScanner> _logger;
    private readonly BlobReceiptStore _receipts;
    private readonly ArticleScanStateStore _stateStore;

    // Versions modified since the watermark that have a final receipt, with when they were modified: what lets a scan skip
    // them without a request each; dropped once the watermark passes them.
    private readonly Dictionary<ArticleVersion, DateTimeOffset> _finished = [];
    private readonly HashSet<ArticleVersion> _retries = [];

    // The retries a sweep this scanner started from the top has listed: one it did not list was deleted or replaced.
    private HashSet<ArticleVersion>? _retriesListed;
    private ArticleScanState? _state;
    private DateTimeOffset _stateWritten = DateTimeOffset.MinValue;
    private DateTimeOffset _sweptAt = DateTimeOffset.MinValue;

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
        _stateStore = new ArticleScanStateStore(storage.Runtime, FunctionNames.ParseArticle);
    }

    /// <summary>How many article versions the scanner remembers: grows with recent uploads and retries, not with the container.</summary>
    public int Remembered => _finished.Count + _retries.Count;

    /// <summary>
    /// Sweeps the whole container once and processes every article version that has no final receipt yet, page by page.
    /// </summary>
    public async Task<ArticleScanResult> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        if (state.SweepContinuation is not null)
        {
            // A paced sweep was under way; a whole one starts from the top, so that it can move the watermark.
            _state = state with { SweepStartedAt = null, SweepContinuation = null };
        }

        var outcomes = new List<ArticleOutcome>();
        ArticleScanState next;
        do
        {
            var page = await ReadPageAsync(_state!.SweepContinuation, cancellationToken);
            outcomes.AddRange(await ProcessAsync(Candidates(page.Items), cancellationToken));
            next = Advanced(_state, page);
            Commit(next);
        }
        while (next.SweepContinuation is not null);

        await WriteStateAsync(force: true, cancellationToken);
        return Summarise(outcomes);
    }

    /// <summary>
    /// Scans every <see cref="LocalRuntimeOptions.ArticleScanInterval"/> until cancelled (see <see cref="ScanStepAsync"/>), and
    /// again at once after a scan that found articles. A failed scan is logged, not fatal, and the next one goes over the
    /// same page again.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                var result = await ScanStepAsync(cancellationToken);

                // While articles keep coming, those that landed during a batch are looked for straight after it.
                busy = result != ArticleScanResult.Empty;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogScanFailed(_logger, FailureReason.Of(e));
                LogFailureDetail(_logger, e, "Scanning the articles container");
            }

            if (!busy)
            {
                await Task.Delay(_options.ArticleScanInterval, _timeProvider, cancellationToken);
            }
        }
    }

    /// <summary>
    /// One scan of <see cref="RunAsync"/>: the next page of the sweep and, unless that page was the last, the tail; or, when
    /// the last page of the sweep was read less than an interval ago, only the tail.
    /// </summary>
    public async Task<ArticleScanResult> ScanStepAsync(CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        var started = _timeProvider.GetTimestamp();
        var now = _timeProvider.GetUtcNow();
        var items = new List<BlobItem>();
        var next = state;

        // The sweep moves a page per interval; the scans in between, straight after a busy one, read only the tail.
        var sweepDue = state.TailContinuation is null || now - _sweptAt >= _options.ArticleScanInterval;
        if (sweepDue)
        {
            _sweptAt = now;
            var page = await ReadPageAsync(state.SweepContinuation, cancellationToken);
            items.AddRange(page.Items);
            next = Advanced(state, page);
        }

        // Unless the sweep's page was the tail itself.
        if (state.TailContinuation is { } tail && !(sweepDue && (next.SweepContinuation is null || tail == state.SweepContinuation)))
        {
            var (tailItems, tailNow) = await ReadTailAsync(tail, cancellationToken);
            items.AddRange(tailItems);
            next = next with { TailContinuation = tailNow };
        }

        // The sweep and the tail may list the same names.
        var candidates = Candidates(items).DistinctBy(c => c.Version).ToList();
        LogScan(_logger, items.Count, candidates.Count, sweepDue && next.SweepContinuation is null, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        var outcomes = await ProcessAsync(candidates, cancellationToken);
        Commit(next);
        await WriteStateAsync(force: false, cancellationToken);
        return Summarise(outcomes);
    }

    private async Task<ArticleScanState> StateAsync(CancellationToken cancellationToken)
    {
        if (_state is null)
        {
            _state = await _stateStore.ReadAsync(cancellationToken);
            _retries.UnionWith(_state.Retries);
        }

        return _state;
    }

    private async Task<ArticleListingPage> ReadPageAsync(string? continuation, CancellationToken cancellationToken)
    {
        if (continuation is null)
        {
            _retriesListed = [];
        }

        await foreach (var page in _storage.Articles.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken)
            .AsPages(continuation, _options.ArticleScanPageSize))
        {
            var serverTime = page.GetRawResponse().Headers.Date ?? _timeProvider.GetUtcNow();
            return new ArticleListingPage(continuation, page.Values, page.ContinuationToken is { Length: > 0 } next ? next : null, serverTime);
        }

        return new ArticleListingPage(continuation, [], null, _timeProvider.GetUtcNow());
    }

    // From where the last page started to the end; returns where the last page starts now, which moves on as the
    // container grows.
    private async Task<(List<BlobItem> Items, string Tail)> ReadTailAsync(string tail, CancellationToken cancellationToken)
    {
        var items = new List<BlobItem>();
        var at = tail;
        while (true)
        {
            var page = await ReadPageAsync(at, cancellationToken);
            items.AddRange(page.Items);
            if (page.Next is null)
            {
                return (items, at);
            }

            at = page.Next;
        }
    }

    /// <summary>The state after a page of the sweep: further on, or, after the last page, a new watermark and tail.</summary>
    private ArticleScanState Advanced(ArticleScanState state, ArticleListingPage page)
    {
        var startedAt = state.SweepStartedAt ?? page.ServerTime;
        return page.Next is not null
            ? state with { SweepStartedAt = startedAt, SweepContinuation = page.Next }
            : state with { Watermark = startedAt - _options.ArticleScanClockMargin, SweepStartedAt = null, SweepContinuation = null, TailContinuation = page.Continuation };
    }

    // Only once a page's articles are dealt with does the sweep move past it, so a scan that fails is repeated whole.
    private void Commit(ArticleScanState next)
    {
        if (next.Watermark != _state!.Watermark && next.Watermark is { } watermark)
        {
            foreach (var version in _finished.Where(f => f.Value < watermark).Select(f => f.Key).ToList())
            {
                _finished.Remove(version);
            }

            if (_retriesListed is { } listed && _retries.RemoveWhere(r => !listed.Contains(r)) > 0)
            {
                _stateWritten = DateTimeOffset.MinValue;
            }

            _retriesListed = null;
        }

        _state = next;
    }

    // Versions modified since the watermark, or waiting for a retry, that are not known to be finished.
    private List<Candidate> Candidates(IEnumerable<BlobItem> items)
    {
        var watermark = _state!.Watermark;
        var candidates = new List<Candidate>();
        foreach (var item in items)
        {
            if (item.Properties.ETag is not { } etag)
            {
                continue;
            }

            var version = new ArticleVersion(item.Name, BlobReceiptStore.Normalise(etag));
            var modified = item.Properties.LastModified ?? DateTimeOffset.MaxValue;
            if (_retries.Contains(version))
            {
                _retriesListed?.Add(version);
            }

            if ((watermark is null || modified >= watermark || _retries.Contains(version)) && !_finished.ContainsKey(version))
            {
                candidates.Add(new Candidate(version, modified));
            }
        }

        return candidates;
    }

    private async Task<List<ArticleOutcome>> ProcessAsync(List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var outcomes = new ArticleOutcome[candidates.Count];
        await Parallel.ForAsync(
            0,
            candidates.Count,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelArticles, CancellationToken = cancellationToken },
            async (i, token) => outcomes[i] = await ProcessAsync(candidates[i].Version, token));

        var retriesChanged = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (version, modified) = candidates[i];
            if (outcomes[i] is ArticleOutcome.Failed or ArticleOutcome.Pending)
            {
                retriesChanged |= _retries.Add(version);
                _retriesListed?.Add(version);
            }
            else
            {
                retriesChanged |= _retries.Remove(version);
                _finished[version] = modified;
            }
        }

        if (retriesChanged)
        {
            _stateWritten = DateTimeOffset.MinValue;
        }

        return [.. outcomes];
    }

    private async Task WriteStateAsync(bool force, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (force || now - _stateWritten >= StateWriteInterval)
        {
            await _stateStore.WriteAsync(_state! with { Retries = [.. _retries] }, cancellationToken);
            _stateWritten = now;
        }
    }

    private static ArticleScanResult Summarise(List<ArticleOutcome> outcomes) =>
        new(
            outcomes.Count(o => o == ArticleOutcome.Processed),
            outcomes.Count(o => o == ArticleOutcome.Failed),
            outcomes.Count(o => o == ArticleOutcome.Poisoned),
            outcomes.Count(o => o == ArticleOutcome.Pending));

    private async Task<ArticleOutcome> ProcessAsync(ArticleVersion version, CancellationToken cancellationToken)
    {
        var (name, etag) = (version.Name, new ETag(version.ETag));
        await using var claim = await _receipts.TryClaimAsync(name, etag, cancellationToken);
        if (claim is null)
        {
            LogClaimedElsewhere(_logger, name);
            return ArticleOutcome.Pending;
        }

        if (claim.Current is { Status: not BlobReceiptStatus.Failed })
        {
            return ArticleOutcome.AlreadyFinished;
        }

        var attempt = (claim.Current?.Attempts ?? 0) + 1;
        BlobReceipt receipt;
        try
        {
            var result = await _processor.ProcessAsync(name, etag, cancellationToken);
            receipt = new BlobReceipt(name, version.ETag, BlobReceiptStatus.Completed, attempt, null, _timeProvider.GetUtcNow());
            LogProcessed(_logger, name, result, attempt);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var poisoned = attempt >= _options.MaxAttempts;
            receipt = new BlobReceipt(
                name,
                version.ETag,
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
        return receipt.Status switch
        {
            BlobReceiptStatus.Completed => ArticleOutcome.Processed,
            BlobReceiptStatus.Poisoned => ArticleOutcome.Poisoned,
            _ => ArticleOutcome.Failed,
        };
    }

    private async Task WritePoisonAsync(BlobReceipt receipt, CancellationToken cancellationToken)
    {
        var record = new PoisonRecord(receipt.Name, receipt.ETag, receipt.Attempts, receipt.LastError ?? "unknown", receipt.Updated);
        var json = BinaryData.FromString(JsonSerializer.Serialize(record, StoredJson.Options));
        await _storage.Poison.GetBlobClient(PoisonBlobPaths.For(receipt.Name)).UploadAsync(json, overwrite: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning the articles container failed ({Reason}); trying again next scan")]
    private static partial void LogScanFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scan listed {Listed} names, {Candidates} to look at; sweep completed: {Completed}; listing took {Milliseconds:F0} ms")]
    private static partial void LogScan(ILogger logger, int listed, int candidates, bool completed, double milliseconds);

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

    private readonly record struct Candidate(ArticleVersion Version, DateTimeOffset Modified);
}
