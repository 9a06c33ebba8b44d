using Digest.Core.Stories.Timelines;

namespace Digest.Core.Tests.Stories;

public class CalendarCuesTests
{
    private static readonly DateOnly Wednesday12February2020 = new(2020, 2, 12);

    [Theory]
    [InlineData("On Wednesday, the secretary-general spoke at a meeting of defence ministers.")]
    [InlineData("The decision was made at a meeting in Brussels on February 12.")]
    [InlineData("Ministers met on the 12th of February.")]
    public void Recognises_a_day_named_by_weekday_or_day_of_the_month(string sentence)
    {
        Assert.True(CalendarCues.Names(sentence, Wednesday12February2020));
    }

    [Theory]
    [InlineData("During a meeting on Thursday, ministers discussed Syria.")]
    [InlineData("Ministers will meet on Friday February 14.")]
    [InlineData("The mission grew in February 2021.")]
    [InlineData("The talks ran from February 12,2021 on.")]
    public void Ignores_other_days_and_dates_without_a_day(string sentence)
    {
        Assert.False(CalendarCues.Names(sentence, Wednesday12February2020));
    }
}
