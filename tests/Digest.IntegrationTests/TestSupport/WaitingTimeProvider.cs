namespace Digest.IntegrationTests.TestSupport;

/// <summary>
/// A test clock that says when code under test starts waiting for a given span: advancing a fake clock before the wait
/// begins moves nothing, so a test that drops an article "while the scanner waits" must know the scanner is waiting.
/// </summary>
public sealed class WaitingTimeProvider(TimeProvider inner, TimeSpan span) : TimeProvider
{
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a timer of <c>span</c> is first created, as <see cref="Task.Delay(TimeSpan, TimeProvider)"/> does.</summary>
    public Task Waiting => _waiting.Task;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        if (dueTime == span)
        {
            _waiting.TrySetResult();
        }

        return timer;
    }
}
