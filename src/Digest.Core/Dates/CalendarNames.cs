using System.Text.RegularExpressions;

namespace Digest.Core.Dates;

/// <summary>
/// English month and weekday names as the English-text date rules spell them: patterns to build those rules from, and the
/// month or weekday a matched name stands for. Months are looked up in <see cref="MonthNames"/>, the one month table.
/// </summary>
internal static partial class CalendarNames
{
    // MonthNames.English and MonthNames.EnglishAbbreviations as one alternation, capitalised as English writes them; a constant,
    // not built from the table, because GeneratedRegex patterns must be constants. A test holds the two equal.
    public const string MonthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // WeekdayNames as one alternation; a test holds the two equal.
    public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static readonly string[] Weekdays =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The English weekday names, lower-case, in <see cref="DayOfWeek"/> order (Sunday first).</summary>
    public static IReadOnlyList<string> WeekdayNames { get; } = Array.AsReadOnly(Weekdays);

    private const int LongestWeekday = 9; // "wednesday"

    /// <summary>1–12 for a month name or abbreviation, or 0.</summary>
    public static int Month(string name) => MonthNames.Number(name);

    public static DayOfWeek? Weekday(ReadOnlySpan<char> name)
    {
        // Lower-casing is one char to one char, so a word longer than every weekday is none of them.
        if (name.Length > LongestWeekday)
        {
            return null;
        }

        Span<char> lower = stackalloc char[LongestWeekday];
        lower = lower[..name.ToLowerInvariant(lower)];
        for (var day = 0; day < Weekdays.Length; day++)
        {
            if (lower.SequenceEqual(Weekdays[day]))
            {
                return (DayOfWeek)day;
            }
        }

        return null;
    }

    /// <summary>Whether a word is an English weekday, or an English month spelled as <see cref="MonthPattern"/> spells it (with an optional dot).</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> word) => Weekday(word) is not null || MonthWord().IsMatch(word);

    [GeneratedRegex("^(?:" + MonthPattern + ")\\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();
}
