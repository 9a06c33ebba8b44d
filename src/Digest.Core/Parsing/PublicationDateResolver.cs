using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>
/// Decides when an article was published, from the strongest evidence available:
/// metadata, then dateline and byline dates, then the URL, then a year inferred from a weekday and date in the text,
/// then a year bounded by a dated event the text says is still to come.
/// </summary>
internal static partial class PublicationDateResolver
{
    // How far around the anchor year a weekday-and-date may be placed; weekday/date pairs repeat every 5–11 years.
    private const int MaxYearsFromAnchor = 6;

    public static (PublicationDate? Date, IReadOnlyList<string> Warnings) Resolve(
        ArticleMetadata metadata,
        IReadOnlyList<DatelineEvidence> datelines,
        string body,
        DateOnly? collectedOn)
    {
        var warnings = new List<string>();
        if (!string.IsNullOrWhiteSpace(metadata.Published))
        {
            if (TryParseMetadataDate(metadata.Published, out var published))
            {
                return (new PublicationDate(published, DatePrecision.Day, PublicationDateSource.Metadata, metadata.Published, 1.0), warnings);
            }

            warnings.Add($"Metadata publication date \"{metadata.Published}\" is not a date; ignored.");
        }

        foreach (var (kind, confidence) in (ReadOnlySpan<(DatelineKind, double)>)[(DatelineKind.Published, 0.95), (DatelineKind.Byline, 0.9), (DatelineKind.Updated, 0.8)])
        {
            foreach (var line in datelines.Where(d => d.Kind == kind))
            {
                if (ExplicitDateReader.ReadFirst(line.DateText) is { } date)
                {
                    return (new PublicationDate(date, DatePrecision.Day, PublicationDateSource.Dateline, line.Line, confidence), warnings);
                }
            }
        }

        if (metadata.Url is { } url && FromUrl(url) is { } fromUrl)
        {
            return (fromUrl, warnings);
        }

        // The day a page was viewed is no publication date, but publication cannot have been later.
        var latest = collectedOn ?? datelines
            .Where(d => d.Kind == DatelineKind.Viewed)
            .Select(d => ExplicitDateReader.ReadFirst(d.DateText))
            .FirstOrDefault(d => d is not null);
        return (Infer(body, latest, warnings) ?? BeforeUpcoming(body), warnings);
    }

    private static bool TryParseMetadataDate(string text, out DateOnly date)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }

        if (ExplicitDateReader.ReadFirst(text) is { } written)
        {
            date = written;
            return true;
        }

        date = default;
        return false;
    }

    private static PublicationDate? FromUrl(string url) =>
        DateStringParser.TryParseUrl(url, out var day)
            ? new PublicationDate(day, DatePrecision.Day, PublicationDateSource.Url, url, 0.8)
            : DateStringParser.TryParseUrlMonth(url, out var month)
                ? new PublicationDate(month, DatePrecision.Month, PublicationDateSource.Url, url, 0.7)
                : null;

    /// <summary>
    /// Places a "Friday February 14" in the year whose calendar agrees, nearest the collection date or the years the text names.
    /// The article refers to that day, so it was published around it: the inference is to the month only.
    /// </summary>
    private static PublicationDate? Infer(string body, DateOnly? latest, List<string> warnings)
    {
        var match = WeekdayDate().Match(body);
        if (!match.Success)
        {
            return null;
        }

        var weekday = CalendarNames.Weekday(match.Groups["weekday"].Value)!.Value;
        var month = CalendarNames.Month(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var textYears = YearMention().Matches(body).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var anchor = latest?.Year ?? (textYears.Count > 0 ? textYears.Max() : (int?)null);
        if (anchor is null)
        {
            var fits = Enumerable.Range(2000, 40).Where(y => Fits(y, month, day, weekday));
            warnings.Add($"\"{match.Value}\" fits the years {string.Join(", ", fits)}; nothing in the text or the collection date says which.");
            return null;
        }

        var candidates = Enumerable.Range(anchor.Value - MaxYearsFromAnchor, (2 * MaxYearsFromAnchor) + 1)
            .Where(y => Fits(y, month, day, weekday))
            .Where(y => latest is null || new DateOnly(y, month, day) <= latest.Value.AddMonths(1))
            .OrderBy(y => Math.Abs(y - anchor.Value))
            .ThenByDescending(y => y)
            .ToList();
        if (candidates.Count == 0)
        {
            warnings.Add($"\"{match.Value}\" does not fit the calendar near {anchor}.");
            return null;
        }

        var year = candidates[0];
        var why = latest is not null ? $"the nearest such year not after the page was collected ({latest:yyyy-MM-dd})" : $"the nearest such year to {anchor}, the latest year the text names";
        var evidence = $"\"{match.Value}\" is a {weekday} in {year}, {why}; the article refers to that day, so it was published around {new DateOnly(year, month, 1):MMMM yyyy}.";
        return new PublicationDate(new DateOnly(year, month, 1), DatePrecision.Month, PublicationDateSource.Inferred, evidence, 0.5);
    }

    /// <summary>
    /// Bounds the date of an article that speaks of a dated event as still to come ("will be discussed at the next meeting in
    /// February 2021"): it was written before that month, and, since articles name a coming month with its year only when it
    /// is not far off, within the year before it. Dates the text gives as past bound it from below. The year holding most of
    /// that window is the answer, known to the year only and held with low confidence.
    /// </summary>
    private static PublicationDate? BeforeUpcoming(string body)
    {
        var sentences = SentenceSplitter.SplitBody(body).Select(s => s.Text).ToList();
        var upcoming = sentences
            .Where(s => FutureCue.IsIn(s))
            .SelectMany(s => MonthYearMention().Matches(s).Select(m => (Sentence: s, Match: m)))
            .Select(u => (u.Sentence, u.Match.Value, Start: new DateOnly(Year(u.Match), CalendarNames.Month(u.Match.Groups["month"].Value), 1)))
            .OrderBy(u => u.Start)
            .FirstOrDefault();
        if (upcoming.Sentence is null)
        {
            return null;
        }

        var past = sentences
            .Where(s => !FutureCue.IsIn(s))
            .SelectMany(s => YearMention().Matches(s).Select(m => new DateOnly(int.Parse(m.Value, CultureInfo.InvariantCulture), 1, 1)))
            .Where(d => d < upcoming.Start)
            .DefaultIfEmpty(DateOnly.MinValue)
            .Max();
        var from = upcoming.Start.AddYears(-1) > past ? upcoming.Start.AddYears(-1) : past;
        var to = upcoming.Start.AddDays(-1);
        if (from > to)
        {
            return null;
        }

        var year = Enumerable.Range(from.Year, to.Year - from.Year + 1)
            .OrderByDescending(y => DaysIn(y, from, to))
            .ThenByDescending(y => y)
            .First();
        var evidence = $"The text speaks of {upcoming.Value} as still to come (\"{upcoming.Sentence.Trim()}\"), so it was written before it, most likely in {year}.";
        return new PublicationDate(new DateOnly(year, 1, 1), DatePrecision.Year, PublicationDateSource.Inferred, evidence, 0.3);
    }

    private static int DaysIn(int year, DateOnly from, DateOnly to)
    {
        var first = from.Year == year ? from : new DateOnly(year, 1, 1);
        var last = to.Year == year ? to : new DateOnly(year, 12, 31);
        return last.DayNumber - first.DayNumber + 1;
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static bool Fits(int year, int month, int day, DayOfWeek weekday) =>
        day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday;

    [GeneratedRegex(
        @"\b(?<weekday>" + CalendarNames.WeekdayPattern + @"),?\s+(?:the\s+)?(?:(?<month>" + CalendarNames.MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + CalendarNames.MonthPattern + @"))\b(?!,?\s*" + PlausibleYears.MentionPattern + @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"(?<![\d,.-])" + PlausibleYears.MentionPattern + @"(?![\d,-]|\.\d)")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"\b(?<month>" + CalendarNames.MonthPattern + @")\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?<year>" + PlausibleYears.MentionPattern + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearMention();
}
