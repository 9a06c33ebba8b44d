using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Finds the dates a body mentions and places them on the calendar: full dates as written, partial and relative ones
/// ("February 12", "on Thursday", "mid-January") against the publication date, or the text's own full dates when that is unknown.
/// </summary>
internal static partial class DateMentionResolver
{
    public static IReadOnlyList<DateMention> Resolve(IReadOnlyList<Sentence> sentences, PublicationDate? published)
    {
        var anchor = FindAnchor(sentences, published);
        var mentions = new List<DateMention>();
        var claimed = new List<(int Start, int End)>();
        var found = new List<(int Index, DateMention Mention)>();
        foreach (var sentence in sentences)
        {
            claimed.Clear();
            found.Clear();
            var hasDigit = DecimalDigits.In(sentence.Text);
            foreach (var (pattern, needsDigit, read) in Rules)
            {
                if (needsDigit && !hasDigit)
                {
                    continue;
                }

                // Match by match rather than through a MatchCollection: a sentence scanned by every rule mostly matches none.
                for (var match = pattern.Match(sentence.Text); match.Success; match = match.NextMatch())
                {
                    var span = match.Groups["text"];
                    if (Overlaps(claimed, span.Index, span.Index + span.Length))
                    {
                        continue;
                    }

                    claimed.Add((span.Index, span.Index + span.Length));
                    if (read(match, sentence.Text, anchor) is { } resolved)
                    {
                        found.Add((span.Index, new DateMention(span.Value, resolved.Date, resolved.Precision, sentence.Text)));
                    }
                }
            }

            if (found.Count > 0)
            {
                mentions.AddRange(found.OrderBy(f => f.Index).Select(f => f.Mention));
            }
        }

        return mentions;
    }

    private static bool Overlaps(List<(int Start, int End)> claimed, int start, int end)
    {
        foreach (var c in claimed)
        {
            if (start < c.End && c.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    // NeedsDigit: the pattern has a \d or a year that must match, so a sentence without a digit is not scanned for it.
    private static readonly (Regex Pattern, bool NeedsDigit, Func<Match, string, Anchor?, (DateOnly Date, DatePrecision Precision)?> Read)[] Rules =
    [
        (FullDate(), true, (m, _, _) => ExplicitDateReader.ReadFirst(m.Value) is { } d ? (d, DatePrecision.Day) : null),
        (MonthDay(), true, (m, _, a) => MonthAndDay(m, a)),
        (PartOfMonth(), false, (m, _, a) => Month(m, a)),
        (MonthYear(), true, (m, _, _) => Month(m, null)),
        (MonthAlone(), false, (m, _, a) => Month(m, a)),
        (YearAlone(), true, (m, _, _) => (new DateOnly(Number(m, "year"), 1, 1), DatePrecision.Year)),
        (WeekdayAlone(), false, (m, s, a) => Weekday(m, s, a)),
        (RelativeDay(), false, (m, _, a) => Relative(m, a)),
    ];

    /// <summary>The day relative dates are counted from, and whether it is known to the day.</summary>
    private sealed record Anchor(DateOnly Date, bool ExactDay);

    private static Anchor? FindAnchor(IReadOnlyList<Sentence> sentences, PublicationDate? published)
    {
        if (published is not null)
        {
            return published.Precision switch
            {
                DatePrecision.Day => new Anchor(published.Date, true),
                DatePrecision.Month => new Anchor(published.Date.AddDays(14), false),

                // Known only to the year: a month named without one ("in January") is that year's.
                _ => new Anchor(new DateOnly(published.Date.Year, 7, 1), false),
            };
        }

        // Without a publication date, the latest full date the article states is the best guess at "now".
        var stated = sentences.SelectMany(s => ExplicitDateReader.ReadAll(s.Text)).Select(d => d.Date).ToList();
        return stated.Count > 0 ? new Anchor(stated.Max(), false) : null;
    }

    private static (DateOnly, DatePrecision)? MonthAndDay(Match match, Anchor? anchor)
    {
        if (anchor is null)
        {
            return null;
        }

        var month = CalendarNames.Month(match.Groups["month"].Value);
        var day = Number(match, "day");
        var candidates = Enumerable.Range(anchor.Date.Year - 1, 3)
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .OrderBy(d => Math.Abs(d.DayNumber - anchor.Date.DayNumber))
            .ToList();
        return candidates.Count == 0 || month == 0 ? null : (candidates[0], DatePrecision.Day);
    }

    private static (DateOnly, DatePrecision)? Month(Match match, Anchor? anchor)
    {
        var month = CalendarNames.Month(match.Groups["month"].Value);
        if (month == 0)
        {
            return null;
        }

        if (match.Groups["year"].Success)
        {
            return (new DateOnly(Number(match, "year"), month, 1), DatePrecision.Month);
        }

        if (anchor is null)
        {
            return null;
        }

        var nearest = Enumerable.Range(anchor.Date.Year - 1, 3)
            .Select(y => new DateOnly(y, month, 15))
            .OrderBy(d => Math.Abs(d.DayNumber - anchor.Date.DayNumber))
            .First();
        return (new DateOnly(nearest.Year, month, 1), DatePrecision.Month);
    }

    private static (DateOnly, DatePrecision)? Weekday(Match match, string sentence, Anchor? anchor)
    {
        if (anchor is not { ExactDay: true })
        {
            return null;
        }

        var weekday = CalendarNames.Weekday(match.Groups["weekday"].Value)!.Value;
        var offset = ((int)weekday - (int)anchor.Date.DayOfWeek + 7) % 7;
        var ahead = FutureCue().IsMatch(sentence) || match.Groups["next"].Success;
        if (match.Groups["last"].Success)
        {
            ahead = false;
        }

        var date = ahead ? anchor.Date.AddDays(offset) : anchor.Date.AddDays(offset == 0 ? 0 : offset - 7);
        return (date, DatePrecision.Day);
    }

    private static (DateOnly, DatePrecision)? Relative(Match match, Anchor? anchor)
    {
        if (anchor is not { ExactDay: true })
        {
            return null;
        }

        var days = match.Groups["text"].Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return (anchor.Date.AddDays(days), DatePrecision.Day);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?<text>\b(?:(?:" + CalendarNames.MonthPattern + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*" + PlausibleYears.MentionPattern + @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + CalendarNames.MonthPattern + @")\.?,?\s+" + PlausibleYears.MentionPattern + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(
        @"(?<text>\b(?:(?:" + CalendarNames.WeekdayPattern + @"),?\s+)?(?:(?<month>" + CalendarNames.MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + CalendarNames.MonthPattern + @"))\b)(?![,.]?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(
        @"(?<text>\b(?:early|mid|late|end of|beginning of|start of)[\s-]+(?<month>" + CalendarNames.MonthPattern + @")(?:\s+(?<year>" + PlausibleYears.MentionPattern + @"))?\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfMonth();

    [GeneratedRegex(
        @"(?<text>\b(?<month>" + CalendarNames.MonthPattern + @")\.?,?\s+(?<year>" + PlausibleYears.MentionPattern + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(
        @"\b(?i:in|since|by|until|till|before|after|from|during|last|next|this|early|late|of|through)\s+(?<text>(?<month>" + CalendarNames.MonthPattern + @"))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlone();

    [GeneratedRegex(
        @"\b(?i:in|since|by|until|till|before|after|from|during|early|late|mid|of|through|year)[\s-]+(?<text>(?<year>" + PlausibleYears.MentionPattern + @"))\b(?![,.]?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearAlone();

    [GeneratedRegex(
        @"(?<text>(?:(?<last>\b(?i:last)\s+)|(?<next>\b(?i:next|this coming|coming)\s+))?\b(?<weekday>" + CalendarNames.WeekdayPattern + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayAlone();

    [GeneratedRegex(@"\b(?<text>(?i:yesterday|tomorrow))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:will|shall|going to|upcoming|next|scheduled|plans? to|expected to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();
}
