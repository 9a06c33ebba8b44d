using Digest.IntegrationTests.TestSupport;
using Digest.LocalRuntime.Timers;
using Digest.Storage.Runtime;

namespace Digest.IntegrationTests.Timers;

public sealed class DigestTimerTests : IAsyncLifetime
{
    private readonly RuntimeHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task First_start_schedules_without_firing()
    {
        var result = await _harness.NewTimer().RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.NotDue, result.Outcome);
        Assert.Equal(new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero), result.Status.Next);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Digests));
    }

    [Fact]
    public async Task Fires_at_the_scheduled_time()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero));

        var result = await _harness.NewTimer().RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.Fired, result.Outcome);
        Assert.Equal(new DateTimeOffset(2021, 2, 21, 7, 0, 0, TimeSpan.Zero), result.Status.Next);
        Assert.Contains("2021/02/20/0700.html", await _harness.ListAsync(_harness.Storage.Digests));
    }

    [Fact]
    public async Task Missed_occurrences_fire_exactly_once_after_a_restart()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.Advance(TimeSpan.FromDays(3));

        var restarted = _harness.NewTimer();
        var first = await restarted.RunDueAsync(default);
        var second = await restarted.RunDueAsync(default);
        var afterAnotherRestart = await _harness.NewTimer().RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.FiredPastDue, first.Outcome);
        Assert.Equal(new DateTimeOffset(2021, 2, 22, 7, 0, 0, TimeSpan.Zero), first.Status.Last);
        Assert.Equal(new DateTimeOffset(2021, 2, 23, 7, 0, 0, TimeSpan.Zero), first.Status.Next);
        Assert.Equal(TimerTickOutcome.NotDue, second.Outcome);
        Assert.Equal(TimerTickOutcome.NotDue, afterAnotherRestart.Outcome);
        Assert.Equal(["2021/02/22/0700.html"], (await _harness.ListAsync(_harness.Storage.Digests, "2021/")).Where(name => name.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Giving_up_a_failed_occurrence_moves_the_status_to_the_next_without_a_digest()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 7, 20, 0, TimeSpan.Zero));

        var skipped = await _harness.NewTimer().SkipDueAsync(default);

        Assert.Equal(new DateTimeOffset(2021, 2, 21, 7, 0, 0, TimeSpan.Zero), skipped!.Next);
        Assert.Equal(TimerTickOutcome.NotDue, (await _harness.NewTimer().RunDueAsync(default)).Outcome);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Digests, "2021/"));
    }

    [Fact]
    public async Task Nothing_is_given_up_when_no_occurrence_is_due()
    {
        await _harness.NewTimer().RunDueAsync(default);

        Assert.Null(await _harness.NewTimer().SkipDueAsync(default));
    }

    [Fact]
    public async Task Two_runtimes_at_the_same_occurrence_build_one_digest()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero));

        var results = await Task.WhenAll(_harness.NewTimer().RunDueAsync(default), _harness.NewTimer().RunDueAsync(default));
        var late = await _harness.NewTimer().RunDueAsync(default);

        Assert.Single(results, r => r.Outcome == TimerTickOutcome.Fired);
        Assert.Equal(TimerTickOutcome.NotDue, late.Outcome);
        Assert.Single(await _harness.ListAsync(_harness.Storage.Digests, "2021/"), name => name.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Does_not_fire_while_another_runtime_holds_the_lease()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero));
        var lockBlob = _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.Lock(FunctionNames.BuildDigest));
        await using var held = await Digest.LocalRuntime.Blobs.BlobLease.TryAcquireAsync(lockBlob, _harness.Time, default);

        var result = await _harness.NewTimer().RunDueAsync(default);

        Assert.NotNull(held);
        Assert.Equal(TimerTickOutcome.HeldElsewhere, result.Outcome);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Digests));
    }
}
