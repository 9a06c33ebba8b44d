using System.Globalization;
using Digest.Storage.Runtime;

namespace Digest.LocalRuntime.Timers;

/// <summary>
/// The exponential back-off the Functions host applies to a failed <c>BuildDigest</c> run (the function's
/// <c>[ExponentialBackoffRetry]</c>), from the same constants: the wait doubles from the minimum up to the maximum, and
/// after the last retry the occurrence is given up until the next one.
/// </summary>
public sealed record TimerRetryPolicy(int MaxRetryCount, TimeSpan MinimumInterval, TimeSpan MaximumInterval)
{
    public static TimerRetryPolicy BuildDigest { get; } = new(
        FunctionBindings.DigestMaxRetryCount,
        TimeSpan.Parse(FunctionBindings.DigestRetryMinimumInterval, CultureInfo.InvariantCulture),
        TimeSpan.Parse(FunctionBindings.DigestRetryMaximumInterval, CultureInfo.InvariantCulture));

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first), or null when no retry is left.</summary>
    public TimeSpan? DelayBefore(int retry)
    {
        if (retry < 1 || retry > MaxRetryCount)
        {
            return null;
        }

        var delay = MinimumInterval * Math.Pow(2, retry - 1);
        return delay < MaximumInterval ? delay : MaximumInterval;
    }
}
