using System.Globalization;
using System.Text.RegularExpressions;

namespace Digest.Core.Dates;

/// <summary>
/// Reads the calendar day from the date strings pages put in markup, URLs and datelines: ISO 8601, RFC 1123,
/// numeric day-month-year, and month names in the major European languages. The day is taken as written
/// (no time-zone conversion), which is the publisher's own calendar day.
/// </summary>
internal static partial class DateStringParser
{
    public static bool TryParse(string? text, out DateOnly date, bool allowEpoch = true, bool allowShortYear = false, bool monthFirst = true)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (allowEpoch && EpochSeconds().Match(text) is { Success: true } epoch)
        {
            var seconds = long.Parse(epoch.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            seconds = epoch.Groups[1].Length == 13 ? seconds / 1000 : seconds;
            return Plausible(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime), out date);
        }

        if (YearFirst().Match(text) is { Success: true } iso && TryCreate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date))
        {
            return true;
        }

        if (TryMonthName(DayMonthNameYear(), text, out date) || TryMonthName(MonthNameDayYear(), text, out date))
        {
            return true;
        }

        if (NumericDayFirst().Match(text) is { Success: true } numeric)
        {
            var first = int.Parse(numeric.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(numeric.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            // "/" is month-first in American usage (when the caller says the page is American) unless that cannot
            // be; "." and "-" are day-first.
            var isMonthFirst = numeric.Groups["sep"].Value == "/" && monthFirst ? first <= 12 : first <= 12 && second > 12;
            var (day, month) = isMonthFirst ? (second, first) : (first, second);
            return TryCreate(numeric.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture), out date);
        }

        // "28.01.22" is a date only where the markup already says it holds one.
        if (allowShortYear && ShortYear().Match(text) is { Success: true } shortYear
            && TryCreate(shortYear.Groups["y"].Value, shortYear.Groups["m"].Value, shortYear.Groups["d"].Value, out date))
        {
            return true;
        }

        if (Compact().Match(text) is { Success: true } compact && TryCreate(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value, out date))
        {
            return true;
        }

        return false;
    }

    /// <summary>A full date in a URL path (<c>/2020/02/12/</c>, <c>/2020-02-12-</c>, <c>/20200212/</c>).</summary>
    public static bool TryParseUrl(string? url, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            match = UrlDayFirstDate().Match(url);
        }

        return match.Success && TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date);
    }

    // The first match whose word really is a month name: "Posted 12 2020" must not hide "12 May 2020" later on.
    private static bool TryMonthName(Regex pattern, string text, out DateOnly date)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (MonthNames.Number(match.Groups["m"].Value) is var month and > 0 && TryCreate(match.Groups["y"].Value, month, match.Groups["d"].Value, out date))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>A year and month in a URL path (<c>/2018/12/slug</c>), for pages whose URL gives no day.</summary>
    public static bool TryParseUrlMonth(string? url, out DateOnly month)
    {
        month = default;
        var match = string.IsNullOrEmpty(url) ? null : UrlMonth().Match(url);
        return match is { Success: true } && TryCreate(match.Groups["y"].Value, match.Groups["m"].Value, "1", out month);
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date) =>
        TryCreate(year, int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0, day, out date);

    private static bool TryCreate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y < 100)
        {
            y += 2000;
        }

        if (month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), month))
        {
            return false;
        }

        return Plausible(new DateOnly(y, month, d), out date);
    }

    private static bool Plausible(DateOnly candidate, out DateOnly date)
    {
        date = candidate;
        return PlausibleYears.IsPublication(candidate.Year);
    }

    [GeneratedRegex(@"^\s*(\d{10}|\d{13})\s*$")]
    private static partial Regex EpochSeconds();

    [GeneratedRegex(@"(?<!\d)(?<y>" + PlausibleYears.MentionPattern + @")[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})(?!\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(st|nd|rd|th|er|º|°)?\.?\s*(de\s+)?(?<m>[\p{L}]{3,11}\.?),?\s*(de\s+)?(?<y>" + PlausibleYears.MentionPattern + @")(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"(?<m>[\p{L}]{3,11}\.?)\s+(?<d>\d{1,2})(st|nd|rd|th)?,?\s*(?<y>" + PlausibleYears.MentionPattern + @")(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayYear();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>" + PlausibleYears.MentionPattern + @")(?!\d)")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"(?<!\d)(?<y>" + PlausibleYears.MentionPattern + @")(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex Compact();

    // Separators must repeat ("/2020/02/12/") or be absent ("/20200212/"): "/2023/43/" is a week number, not April 3rd.
    [GeneratedRegex(@"[/_-](?<y>" + PlausibleYears.MentionPattern + @")(?:(?<sep>[/_.-])(?<m>0?[1-9]|1[0-2])\k<sep>(?<d>0?[1-9]|[12]\d|3[01])|(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01]))(?=[/_.?#-]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[/_-](?<y>" + PlausibleYears.MentionPattern + @")(?<sep>[/_-])(?<m>0?[1-9]|1[0-2])(?=[/_.?#-]|$)")]
    private static partial Regex UrlMonth();

    [GeneratedRegex(@"[/_-](?<d>0[1-9]|[12]\d|3[01])(?<sep>[_-])(?<m>0[1-9]|1[0-2])\k<sep>(?<y>" + PlausibleYears.MentionPattern + @")(?=[/_.?#-]|$)")]
    private static partial Regex UrlDayFirstDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{2})(?![\d.])")]
    private static partial Regex ShortYear();
}
