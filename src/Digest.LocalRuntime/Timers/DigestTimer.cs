using Azure.Storage.Blobs;
using Digest.Application.Publish;
using Digest.LocalRuntime.Blobs;
using Digest.Storage;
using Digest.Storage.Diagnostics;
using Digest.Storage.Digests;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.LocalRuntime.Timers;

/// <summary>
/// The local stand-in for the digest's timer trigger, with the host's semantics: a six-field NCrontab schedule,
/// status (last, next) persisted in storage so an occurrence missed while down fires once on the next start,
/// and a blob lease so only one runtime fires it.
/// </summary>
public sealed partial class DigestTimer
{
    // The loop wakes at least this often, so a runtime waiting behind another's lease notices when it is gone.
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    // The host calls a run "past due" when it starts noticeably after its scheduled time.
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(30);

    private readonly DigestPublisher _publisher;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DigestTimer> _logger;
    private readonly DigestSchedule _schedule;
    private readonly RuntimeRecords _records;
    private readonly string _statusPath = RuntimeBlobPaths.TimerStatus(FunctionNames.BuildDigest);
    private readonly BlobClient _lockBlob;
    private readonly TimerRetryPolicy _retry = TimerRetryPolicy.BuildDigest;

    public DigestTimer(
        DigestStorage storage,
        DigestPublisher publisher,
        LocalRuntimeOptions options,
        TimeProvider timeProvider,
        ILogger<DigestTimer> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _publisher = publisher;
        _timeProvider = timeProvider;
        _logger = logger;
        _schedule = options.Schedule;
        _records = new RuntimeRecords(storage.Runtime, logger);
        _lockBlob = storage.Runtime.GetBlobClient(RuntimeBlobPaths.Lock(FunctionNames.BuildDigest));
    }

    /// <summary>Fires the digest if an occurrence is due (once, however many were missed); otherwise does nothing.</summary>
    public async Task<TimerTickResult> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var status = await ReadStatusAsync(cancellationToken);
        if (status is null)
        {
            // Like the host, a timer seen for the first time is scheduled, not fired.
            status = new TimerScheduleStatus(null, _schedule.NextAfter(now), now);
            await WriteStatusAsync(status, cancellationToken);
            LogScheduled(_logger, status.Next);
            return new TimerTickResult(TimerTickOutcome.NotDue, status);
        }

        // Every status this timer writes has Next = NextAfter(LastUpdated) under the schedule it ran with; a status that
        // breaks that was written under another schedule. Like the host, start over from now rather than keep firing
        // on the old schedule's times (or fire one of them late, as past due).
        if (status.Next != _schedule.NextAfter(status.LastUpdated))
        {
            status = new TimerScheduleStatus(status.Last, _schedule.NextAfter(now), now);
            await WriteStatusAsync(status, cancellationToken);
            LogRescheduled(_logger, _schedule.Expression, status.Next);
            return new TimerTickResult(TimerTickOutcome.NotDue, status);
        }

        if (status.Next > now)
        {
            return new TimerTickResult(TimerTickOutcome.NotDue, status);
        }

        await using var lease = await BlobLease.TryAcquireAsync(_lockBlob, _timeProvider, cancellationToken);
        if (lease is null)
        {
            return new TimerTickResult(TimerTickOutcome.HeldElsewhere, status);
        }

        // Read again under the lease: another runtime may have fired this occurrence while we waited.
        status = await ReadStatusAsync(cancellationToken) ?? status;
        if (status.Next > now)
        {
            return new TimerTickResult(TimerTickOutcome.NotDue, status);
        }

        // However many occurrences were missed, one run builds the latest of them, as the Functions host does.
        var occurrence = _schedule.PeriodAt(now);
        var pastDue = now - status.Next > PastDueTolerance;
        LogFiring(_logger, occurrence, pastDue, status.Last);
        var publication = await _publisher.PublishAsync(occurrence, cancellationToken);

        var completed = _timeProvider.GetUtcNow();
        var last = status.Last is { } previous && previous > occurrence ? previous : occurrence;
        var next = new TimerScheduleStatus(last, _schedule.NextAfter(completed), completed);
        await WriteStatusAsync(next, cancellationToken);
        return new TimerTickResult(pastDue ? TimerTickOutcome.FiredPastDue : TimerTickOutcome.Fired, next, publication);
    }

    /// <summary>
    /// Fires the digest now, outside the schedule, like the host's admin "run function" call; the schedule is unchanged.
    /// Returns null when another runtime is building a digest at this moment.
    /// </summary>
    public async Task<DigestPublication?> RunNowAsync(CancellationToken cancellationToken)
    {
        await using var lease = await BlobLease.TryAcquireAsync(_lockBlob, _timeProvider, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        var period = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        return await _publisher.PublishAsync(period, cancellationToken);
    }

    /// <summary>
    /// Checks the schedule until cancelled, sleeping until the next occurrence. A failed run is retried with the host's
    /// back-off (<see cref="TimerRetryPolicy"/>); after the last retry the occurrence is given up and the next one awaited.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = MaxSleep;
            try
            {
                var result = await RunDueAsync(cancellationToken);
                failures = 0;
                wait = UntilNext(result.Status);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures++;
                if (_retry.DelayBefore(failures) is { } delay)
                {
                    LogRetrying(_logger, failures, _retry.MaxRetryCount, delay.TotalSeconds, FailureReason.Of(e));
                    LogFailureDetail(_logger, e, "Building the digest");
                    wait = delay;
                }
                else
                {
                    LogGivingUp(_logger, _retry.MaxRetryCount, FailureReason.Of(e));
                    LogFailureDetail(_logger, e, "Building the digest");
                    failures = 0;
                    wait = await SkipDueAsync(cancellationToken) is { } skipped ? UntilNext(skipped) : MaxSleep;
                }
            }

            await Task.Delay(wait, _timeProvider, cancellationToken);
        }
    }

    /// <summary>
    /// Gives up the occurrence that is due, as the host does once a run has failed every retry: the status moves on to
    /// the next occurrence. Returns the new status, or null when nothing was due or it could not be written.
    /// </summary>
    public async Task<TimerScheduleStatus?> SkipDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (await ReadStatusAsync(cancellationToken) is not { } status || status.Next > now)
            {
                return null;
            }

            var next = new TimerScheduleStatus(status.Last, _schedule.NextAfter(now), now);
            await WriteStatusAsync(next, cancellationToken);
            return next;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTickFailed(_logger, FailureReason.Of(e));
            LogFailureDetail(_logger, e, "Recording the timer status");
            return null;
        }
    }

    private TimeSpan UntilNext(TimerScheduleStatus status)
    {
        var untilNext = status.Next - _timeProvider.GetUtcNow();
        return untilNext < TimeSpan.Zero ? TimeSpan.FromSeconds(1) : untilNext < MaxSleep ? untilNext : MaxSleep;
    }

    public Task<TimerScheduleStatus?> ReadStatusAsync(CancellationToken cancellationToken) =>
        _records.ReadAsync<TimerScheduleStatus>(_statusPath, cancellationToken);

    private Task WriteStatusAsync(TimerScheduleStatus status, CancellationToken cancellationToken) =>
        _records.WriteAsync(_statusPath, status, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer " + FunctionNames.BuildDigest + " schedule changed to \"{Schedule}\"; next occurrence {Next:u}")]
    private static partial void LogRescheduled(ILogger logger, string schedule, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer " + FunctionNames.BuildDigest + " scheduled; next occurrence {Next:u}")]
    private static partial void LogScheduled(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer " + FunctionNames.BuildDigest + " firing for {Occurrence:u} (past due: {IsPastDue}, last run {Last:u})")]
    private static partial void LogFiring(ILogger logger, DateTimeOffset occurrence, bool isPastDue, DateTimeOffset? last);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer " + FunctionNames.BuildDigest + " failed ({Reason}); retry {Retry} of {MaxRetries} in {Seconds}s")]
    private static partial void LogRetrying(ILogger logger, int retry, int maxRetries, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer " + FunctionNames.BuildDigest + " failed after {MaxRetries} retries ({Reason}); this occurrence is given up, the next one will run")]
    private static partial void LogGivingUp(ILogger logger, int maxRetries, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer " + FunctionNames.BuildDigest + " could not record its status ({Reason}); it will be tried again")]
    private static partial void LogTickFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{What} failed")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string what);

}
