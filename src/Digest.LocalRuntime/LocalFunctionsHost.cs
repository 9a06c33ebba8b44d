using Digest.Application.Publish;
using Digest.LocalRuntime.Blobs;
using Digest.LocalRuntime.Timers;
using Digest.Storage;
using Digest.Storage.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Digest.LocalRuntime;

/// <summary>
/// Runs the two functions locally against blob storage, with the Functions host's trigger semantics:
/// the article scanner for <c>ParseArticle</c> and the schedule for <c>BuildDigest</c>.
/// </summary>
public sealed partial class LocalFunctionsHost(
    DigestStorage storage,
    ArticleBlobScanner scanner,
    DigestTimer timer,
    LocalRuntimeOptions options,
    TimeProvider timeProvider,
    ILogger<LocalFunctionsHost> logger)
{
    /// <summary>Runs until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureContainersAsync(cancellationToken);
        var status = await timer.ReadStatusAsync(cancellationToken);
        LogStarted(logger, storage.Service.AccountName, ShownUri.Of(storage.Articles.Uri), options.ArticleScanInterval.TotalSeconds, options.Schedule.Expression, options.Schedule.TimeZone.Id, status?.Next ?? options.Schedule.NextAfter(timeProvider.GetUtcNow()));
        try
        {
            await Task.WhenAll(scanner.RunAsync(cancellationToken), timer.RunAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogStopped(logger);
        }
    }

    /// <summary>
    /// Processes every article now in the container (retrying failures up to the attempt limit), then builds the
    /// digest once through the timer function, and returns it.
    /// </summary>
    public async Task<DigestPublication> RunOnceAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureContainersAsync(cancellationToken);
        LogRunningOnce(logger, storage.Service.AccountName, ShownUri.Of(storage.Articles.Uri));
        for (var scan = 0; scan < options.MaxAttempts; scan++)
        {
            var result = await scanner.ScanOnceAsync(cancellationToken);
            if (result.Failed == 0 && result.Pending == 0)
            {
                break;
            }
        }

        return await timer.RunNowAsync(cancellationToken)
            ?? throw new InvalidOperationException("Another runtime is building a digest right now; try again in a minute.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest local runtime started on account {Account}: watching {Articles} every {Interval}s (ParseArticle); BuildDigest on schedule \"{Schedule}\" ({TimeZone}), next {Next:u}. Ctrl+C stops.")]
    private static partial void LogStarted(ILogger logger, string account, string articles, double interval, string schedule, string timeZone, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest local runtime running once on account {Account}: processing {Articles}, then building the digest")]
    private static partial void LogRunningOnce(ILogger logger, string account, string articles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest local runtime stopped")]
    private static partial void LogStopped(ILogger logger);
}
