using Digest.IntegrationTests.TestSupport;
using Digest.LocalRuntime.Timers;
using Digest.Storage.Digests;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

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
    public async Task A_changed_schedule_takes_effect_at_once_instead_of_the_stored_next_occurrence()
    {
        await _harness.NewTimer().RunDueAsync(default);
        var everyThirtySeconds = DigestSchedule.Parse("*/30 * * * * *");

        var changed = await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default);
        _harness.Time.Advance(TimeSpan.FromSeconds(30));
        var fired = await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.NotDue, changed.Outcome);
        Assert.Equal(new DateTimeOffset(2021, 2, 20, 6, 0, 30, TimeSpan.Zero), changed.Status.Next);
        Assert.Equal(TimerTickOutcome.Fired, fired.Outcome);
    }

    [Fact]
    public async Task Switching_back_to_a_daily_schedule_neither_fires_a_past_due_digest_nor_moves_last_back()
    {
        var everyThirtySeconds = DigestSchedule.Parse("*/30 * * * * *");
        await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 15, 19, 0, TimeSpan.Zero));
        var fired = await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default);

        var back = await _harness.NewTimer().RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.FiredPastDue, fired.Outcome);
        Assert.Equal(TimerTickOutcome.NotDue, back.Outcome);
        Assert.Equal(new DateTimeOffset(2021, 2, 21, 7, 0, 0, TimeSpan.Zero), back.Status.Next);
        Assert.Equal(fired.Status.Last, back.Status.Last);
    }

    [Fact]
    public async Task Every_slot_of_a_thirty_second_schedule_gets_its_own_digest()
    {
        var everyThirtySeconds = DigestSchedule.Parse("*/30 * * * * *");
        await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default);
        var outcomes = new List<TimerTickOutcome>();
        for (var slot = 1; slot <= 5; slot++)
        {
            _harness.Time.SetUtcNow(new DateTimeOffset(2021, 2, 20, 6, 0, 0, TimeSpan.Zero).AddSeconds(30 * slot));
            outcomes.Add((await _harness.NewTimer(schedule: everyThirtySeconds).RunDueAsync(default)).Outcome);
        }

        Assert.All(outcomes, outcome => Assert.Equal(TimerTickOutcome.Fired, outcome));
        Assert.Equal(
            ["2021/02/20/060030.html", "2021/02/20/0601.html", "2021/02/20/060130.html", "2021/02/20/0602.html", "2021/02/20/060230.html"],
            (await _harness.ListAsync(_harness.Storage.Digests, "2021/")).Where(name => name.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_corrupt_status_is_treated_as_absent_logged_once_and_rewritten()
    {
        var statusBlob = _harness.Storage.Runtime.GetBlobClient(RuntimeBlobPaths.TimerStatus(FunctionNames.BuildDigest));
        await statusBlob.UploadAsync(BinaryData.FromString("{\"last\": \"not a time"), overwrite: true);
        var logger = new FakeLogger<DigestTimer>();

        var first = await _harness.NewTimer(logger: logger).RunDueAsync(default);
        await statusBlob.UploadAsync(BinaryData.FromString("{ broken again"), overwrite: true);
        await _harness.NewTimer(logger: logger).RunDueAsync(default);
        await _harness.NewTimer(logger: logger).RunDueAsync(default);

        Assert.Equal(TimerTickOutcome.NotDue, first.Outcome);
        Assert.NotNull(await _harness.NewTimer().ReadStatusAsync(default));
        Assert.Equal(2, logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("cannot be read", StringComparison.Ordinal)));
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
