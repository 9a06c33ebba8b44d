using Digest.Core.Dates;

namespace Digest.Core.Tests.Dates;

public sealed class DateStringParserTests
{
    [Theory]
    [InlineData("2020-02-12T23:30:00-05:00", 2020, 2, 12)]
    [InlineData("Wed, 12 Feb 2020 10:00:00 GMT", 2020, 2, 12)]
    [InlineData("February 19th, 2021 at 07:56 IST", 2021, 2, 19)]
    [InlineData("12. Februar 2020", 2020, 2, 12)]
    [InlineData("12 de febrero de 2020", 2020, 2, 12)]
    [InlineData("12 février 2020", 2020, 2, 12)]
    [InlineData("12.02.2020, 10:52", 2020, 2, 12)]
    [InlineData("2020年2月12日", 2020, 2, 12)]
    [InlineData("Posted 12 2020 on 3 May 2020", 2020, 5, 3)]
    public void Reads_the_day_as_written(string text, int year, int month, int day)
    {
        Assert.True(DateStringParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Reads_slashes_month_first_only_for_american_pages()
    {
        Assert.True(DateStringParser.TryParse("02/11/2023", out var american));
        Assert.True(DateStringParser.TryParse("02/11/2023", out var european, monthFirst: false));

        Assert.Equal(new DateOnly(2023, 2, 11), american);
        Assert.Equal(new DateOnly(2023, 11, 2), european);
    }

    [Theory]
    [InlineData("https://example.com/2020/02/12/story/", 2020, 2, 12)]
    [InlineData("https://example.com/news/20200212/story", 2020, 2, 12)]
    [InlineData("https://example.com/meldungen/29-10-2021", 2021, 10, 29)]
    public void Reads_full_dates_in_urls(string url, int year, int month, int day)
    {
        Assert.True(DateStringParser.TryParseUrl(url, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("https://example.com/artikel/2023/43/story")]
    [InlineData("https://example.com/2018/12/why-pathlib/")]
    public void Does_not_read_week_numbers_or_months_as_days(string url)
    {
        Assert.False(DateStringParser.TryParseUrl(url, out _));
    }

    [Theory]
    [InlineData("3424486444")]
    [InlineData("Version 12.4.1")]
    [InlineData("31.02.2020")]
    public void Rejects_what_is_not_a_calendar_day_in_running_text(string text)
    {
        Assert.False(DateStringParser.TryParse(text, out _, allowEpoch: false));
    }

    [Fact]
    public void Reads_a_month_from_a_url_that_gives_no_day()
    {
        Assert.True(DateStringParser.TryParseUrlMonth("https://example.com/2018/12/why-pathlib/", out var month));
        Assert.Equal(new DateOnly(2018, 12, 1), month);
    }
}
