using Digest.Core.Dates;

namespace Digest.Core.Tests.Dates;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("Sept.", 9)]
    [InlineData("DÉCEMBRE", 12)]
    [InlineData("Şubat", 2)]
    [InlineData("мая", 5)]
    [InlineData("kesäkuuta", 6)]
    [InlineData("Mayday", 0)]
    [InlineData("Brumaire", 0)]
    [InlineData("", 0)]
    public void Numbers_a_month_named_in_any_language_and_case(string name, int month)
    {
        Assert.Equal(month, MonthNames.Number(name));
    }

    [Fact]
    public void English_names_are_in_calendar_order()
    {
        Assert.Equal(Enumerable.Range(1, 12), MonthNames.English.Select(MonthNames.Number));
    }

    [Fact]
    public void The_english_month_pattern_spells_the_tables_english_names_and_abbreviations()
    {
        var spelled = CalendarNames.MonthPattern.Split('|').Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal);

        Assert.Equal(MonthNames.English.Concat(MonthNames.EnglishAbbreviations).Order(StringComparer.Ordinal), spelled);
    }
}
