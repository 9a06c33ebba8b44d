using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

public class EventDateTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "18 Feb 2021", "2021-02-18")]
    [InlineData(DatePrecision.Month, "Feb 2021", "2021-02")]
    [InlineData(DatePrecision.Year, "2021", "2021")]
    public void Formats_only_as_precisely_as_known(DatePrecision precision, string shown, string iso)
    {
        var date = new EventDate(new DateOnly(2021, 2, 18), precision);

        Assert.Equal(shown, date.ToString());
        Assert.Equal(iso, date.Iso);
    }

    [Fact]
    public void Formats_a_range_within_one_month_compactly()
    {
        var from = new EventDate(new DateOnly(2021, 2, 18), DatePrecision.Day);
        var to = new EventDate(new DateOnly(2021, 2, 19), DatePrecision.Day);

        Assert.Equal("18–19 Feb 2021", EventDate.FormatRange(from, to));
        Assert.Equal("2018 – 19 Feb 2021", EventDate.FormatRange(new EventDate(new DateOnly(2018, 1, 1), DatePrecision.Year), to));
        Assert.Equal("19 Feb 2021", EventDate.FormatRange(to, to));
    }

    [Fact]
    public void Orders_a_coarse_date_before_the_finer_dates_it_contains()
    {
        var year = new EventDate(new DateOnly(2020, 1, 1), DatePrecision.Year);
        var month = new EventDate(new DateOnly(2020, 1, 1), DatePrecision.Month);
        var day = new EventDate(new DateOnly(2020, 1, 1), DatePrecision.Day);

        Assert.Equal([year, month, day], new[] { day, month, year }.Order());
    }

    [Fact]
    public void Counts_days_between_ranges_and_zero_when_they_overlap()
    {
        var february = new EventDate(new DateOnly(2020, 2, 1), DatePrecision.Month);
        var twelfth = new EventDate(new DateOnly(2020, 2, 12), DatePrecision.Day);
        var fourteenth = new EventDate(new DateOnly(2020, 2, 14), DatePrecision.Day);

        Assert.Equal(0, february.DaysApart(twelfth));
        Assert.Equal(2, twelfth.DaysApart(fourteenth));
        Assert.Equal(2, fourteenth.DaysApart(twelfth));
    }

    [Fact]
    public void Sorts_an_estimate_at_its_guessed_day_but_shows_only_what_is_known()
    {
        var sometimeIn2020 = EventDate.Estimated(new DateOnly(2020, 7, 1), DatePrecision.Year);
        var meeting = new EventDate(new DateOnly(2020, 2, 12), DatePrecision.Day);
        var expansion = new EventDate(new DateOnly(2021, 2, 18), DatePrecision.Day);

        Assert.True(meeting < sometimeIn2020 && sometimeIn2020 < expansion);
        Assert.Equal("2020", sometimeIn2020.ToString());
        Assert.True(sometimeIn2020.IsEstimate);
    }

    [Fact]
    public void Counts_days_apart_from_an_estimates_guessed_day_not_its_whole_year()
    {
        var sometimeIn2020 = EventDate.Estimated(new DateOnly(2020, 7, 1), DatePrecision.Year);
        var meeting = new EventDate(new DateOnly(2020, 2, 12), DatePrecision.Day);

        Assert.Equal(140, meeting.DaysApart(sometimeIn2020));
        Assert.Equal(0, new EventDate(new DateOnly(2020, 1, 1), DatePrecision.Year).DaysApart(meeting));
    }
}
