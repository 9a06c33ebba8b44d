using System.Text.RegularExpressions;

namespace Digest.Core.Dates;

/// <summary>Finds dates written out in full, with a year ("Feb 12,2020", "February 19th, 2021", "27 May 2024", "2020-02-12").</summary>
internal static partial class ExplicitDateReader
{
    /// <summary>Every full date in the text, in order, with the matched text and where it starts.</summary>
    public static IEnumerable<(DateOnly Date, string Text, int Index)> ReadAll(string text)
    {
        for (var match = FullDate().Match(text); match.Success; match = match.NextMatch())
        {
            if (ToDate(match) is { } date)
            {
                yield return (date, match.Value, match.Index);
            }
        }
    }

    public static DateOnly? ReadFirst(string text) =>
        ReadAll(text).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    private static DateOnly? ToDate(Match match)
    {
        var monthText = match.Groups["month"].Value;
        var month = int.TryParse(monthText, out var number) ? number : CalendarNames.Month(monthText);
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(
        @"\b(?:(?<month>" + CalendarNames.MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<year>" + PlausibleYears.MentionPattern + @")" +
        @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + CalendarNames.MonthPattern + @")\.?,?\s+(?<year>" + PlausibleYears.MentionPattern + @")" +
        @"|(?<year>" + PlausibleYears.MentionPattern + @")-(?<month>\d{2})-(?<day>\d{2}))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
