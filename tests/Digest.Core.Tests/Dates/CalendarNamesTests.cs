using Digest.Core.Dates;

namespace Digest.Core.Tests.Dates;

public sealed class CalendarNamesTests
{
    [Fact]
    public void The_weekday_pattern_spells_the_weekday_names()
    {
        var spelled = CalendarNames.WeekdayPattern.Split('|').Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal);

        Assert.Equal(CalendarNames.WeekdayNames.Order(StringComparer.Ordinal), spelled);
    }

    [Theory]
    [InlineData("Friday", DayOfWeek.Friday)]
    [InlineData("sunday", DayOfWeek.Sunday)]
    public void Reads_a_weekday(string name, DayOfWeek weekday)
    {
        Assert.Equal(weekday, CalendarNames.Weekday(name));
    }

    [Theory]
    [InlineData("Wednesday", true)]
    [InlineData("Feb.", true)]
    [InlineData("SEPT", true)]
    [InlineData("May", true)]
    [InlineData("Mayor", false)]
    [InlineData("Marzo", false)]
    [InlineData("Februar", false)]
    public void Calendar_words_are_english_weekdays_and_months_as_the_rules_spell_them(string word, bool isCalendarWord)
    {
        Assert.Equal(isCalendarWord, CalendarNames.IsCalendarWord(word));
    }
}
