using Digest.Storage.Digests;

namespace Digest.Storage.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly DigestSchedule Daily = DigestSchedule.Parse("0 0 7 * * *");

    [Fact]
    public void Rejects_a_five_field_schedule()
    {
        var error = Assert.Throws<FormatException>(() => DigestSchedule.Parse("0 7 * * *"));

        Assert.Contains("six", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_occurrence_is_strictly_after_the_time()
    {
        Assert.Equal(At(2021, 2, 21, 7), Daily.NextAfter(At(2021, 2, 20, 7)));
    }

    [Fact]
    public void A_run_at_the_scheduled_time_builds_that_period()
    {
        Assert.Equal(At(2021, 2, 20, 7), Daily.LatestAtOrBefore(At(2021, 2, 20, 7)));
    }

    [Fact]
    public void A_late_run_builds_the_latest_missed_period()
    {
        Assert.Equal(At(2021, 2, 23, 7), Daily.LatestAtOrBefore(At(2021, 2, 23, 9, 30)));
    }

    [Fact]
    public void Finds_the_period_of_sparse_and_dense_schedules()
    {
        Assert.Equal(At(2021, 1, 1, 0), DigestSchedule.Parse("0 0 0 1 1 *").LatestAtOrBefore(At(2021, 11, 5, 12)));
        Assert.Equal(At(2021, 2, 20, 9, 30, 15), DigestSchedule.Parse("*/5 * * * * *").LatestAtOrBefore(At(2021, 2, 20, 9, 30, 17)));
    }

    [Fact]
    public void A_retried_run_rebuilds_the_same_period()
    {
        Assert.Equal(Daily.PeriodAt(At(2021, 2, 20, 7, 0, 1)), Daily.PeriodAt(At(2021, 2, 20, 7, 14, 30)));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
