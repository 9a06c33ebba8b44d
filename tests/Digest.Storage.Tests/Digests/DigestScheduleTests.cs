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

    [Fact]
    public void A_schedule_in_a_time_zone_fires_at_that_zones_wall_clock_across_daylight_saving()
    {
        var berlin = DigestSchedule.Parse("0 0 7 * * *", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal(At(2021, 3, 27, 6), berlin.NextAfter(At(2021, 3, 26, 12)));
        Assert.Equal(At(2021, 3, 28, 5), berlin.NextAfter(At(2021, 3, 27, 12)));
        Assert.Equal(At(2021, 3, 28, 5), berlin.PeriodAt(At(2021, 3, 28, 5, 0, 10)));
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_daylight_saving_does_not_occur_that_day()
    {
        var berlin = DigestSchedule.Parse("0 30 2 * * *", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.Equal(At(2021, 3, 29, 0, 30), berlin.NextAfter(At(2021, 3, 27, 12)));
    }

    [Fact]
    public void Reads_the_schedule_and_its_zone_from_the_settings_utc_when_unset()
    {
        var settings = new Dictionary<string, string?> { ["DigestSchedule"] = "0 0 6 * * 1-5", ["WEBSITE_TIME_ZONE"] = "Europe/Berlin" };

        var zoned = DigestSchedule.Read(settings.GetValueOrDefault);
        var plain = DigestSchedule.Read(_ => null);

        Assert.Equal(("0 0 6 * * 1-5", "Europe/Berlin"), (zoned.Expression, zoned.TimeZone.Id));
        Assert.Equal((DigestSchedule.DefaultExpression, TimeZoneInfo.Utc), (plain.Expression, plain.TimeZone));
    }

    [Fact]
    public void An_invalid_expression_is_a_format_error_naming_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => DigestSchedule.Parse("0 0 25 * * *"));

        Assert.Contains("DigestSchedule", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
