using System.Text.RegularExpressions;

namespace Digest.Core.Dates;

/// <summary>English month and weekday names, full and abbreviated, as the date rules spell them.</summary>
internal static partial class CalendarNames
{
    public const string MonthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Weekdays =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>1–12 for a month name or abbreviation, or 0.</summary>
    public static int Month(string name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        var index = Array.IndexOf(Months, name[..3].ToLowerInvariant());
        return index + 1;
    }

    public static DayOfWeek? Weekday(string name)
    {
        var index = Array.IndexOf(Weekdays, name.ToLowerInvariant());
        return index < 0 ? null : (DayOfWeek)index;
    }

    public static bool IsCalendarWord(string word) =>
        Weekday(word) is not null || (word.Length >= 3 && Month(word) > 0 && IsMonthSpelling(word));

    private static bool IsMonthSpelling(string word) => MonthWord().IsMatch(word);

    [GeneratedRegex("^(?:" + MonthPattern + ")\\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();
}
