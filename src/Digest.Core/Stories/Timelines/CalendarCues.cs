using System.Text.RegularExpressions;
using Digest.Core.Dates;

namespace Digest.Core.Stories.Timelines;

/// <summary>
/// Whether a sentence names a given day without its year: its weekday ("on Wednesday") or its day of the month
/// ("February 12"). An undated article cannot resolve these, but they can agree with a dated development.
/// </summary>
internal static partial class CalendarCues
{
    public static bool Names(string sentence, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (Match match in MonthDay().Matches(sentence))
        {
            if (CalendarNames.Month(match.Groups["month"].Value) == day.Month
                && int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) == day.Day)
            {
                return true;
            }
        }

        return Weekday().Matches(sentence).Any(m => CalendarNames.Weekday(m.Value) == day.DayOfWeek);
    }

    /// <summary>The days of the month a sentence names without a year ("Friday February 14"), with the text that names each.</summary>
    public static IEnumerable<(string Text, int Month, int Day)> MonthDays(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (Match match in MonthDay().Matches(sentence))
        {
            var month = CalendarNames.Month(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                yield return (match.Value, month, day);
            }
        }
    }

    [GeneratedRegex(
        @"\b(?:(?<month>" + CalendarNames.MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + CalendarNames.MonthPattern + @"))\b(?![,.]?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:" + CalendarNames.WeekdayPattern + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
