using Digest.Application.Publish;
using Digest.Storage.Digests;
using Digest.Storage.Runtime;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Digest.Functions;

/// <summary>Timer trigger: builds, stores and sends the digest of the current period on <c>DigestSchedule</c>.</summary>
public sealed partial class BuildDigest(DigestPublisher publisher, DigestSchedule schedule, TimeProvider time, ILogger<BuildDigest> logger)
{
    // The timer is a singleton across instances (the host holds a blob lease). A retry, or a late run after
    // downtime, builds the latest scheduled period again, which overwrites rather than duplicates.
    [Function(FunctionNames.BuildDigest)]
    [ExponentialBackoffRetry(FunctionBindings.DigestMaxRetryCount, FunctionBindings.DigestRetryMinimumInterval, FunctionBindings.DigestRetryMaximumInterval)]
    public async Task RunAsync([TimerTrigger(FunctionBindings.DigestSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        LogFiring(logger, timer.IsPastDue, timer.ScheduleStatus?.Last, timer.ScheduleStatus?.Next);
        await publisher.PublishAsync(schedule.PeriodAt(time.GetUtcNow()), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "BuildDigest firing (past due: {IsPastDue}; last {Last:u}, next {Next:u})")]
    private static partial void LogFiring(ILogger logger, bool isPastDue, DateTime? last, DateTime? next);
}
