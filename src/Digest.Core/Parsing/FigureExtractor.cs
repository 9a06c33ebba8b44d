using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Dates;
using Digest.Core.Languages;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Parsing;

/// <summary>
/// Finds counted quantities ("around 4,000 personnel", "from 500 to around 4,000 troops") with what they count and,
/// best effort, whose they are; years, dates, times and ordinals are not figures.
/// </summary>
internal static partial class FigureExtractor
{
    private static readonly HashSet<string> NotUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "and", "or", "of", "in", "on", "at", "by", "for", "from", "with", "per", "than", "as", "is", "are", "was", "were",
        "the", "a", "an", "that", "which", "who", "when", "after", "before", "am", "pm", "a.m", "p.m", "gmt", "utc", "ist",
    };

    // A time stamp is written as four digits, hours then minutes ("0908", "1504").
    private const int ClockDigits = 4;
    private const int HoursADay = 24;
    private const int MinutesAnHour = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotUnitsBySpan = NotUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The figures of the sentences; what each counts is read only in English, whose word classes it reads by.</summary>
    public static IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences, string? language = null)
    {
        var english = language is null || FunctionWords.Of(language) == FunctionWords.Of("en");
        var found = new List<(Figure Figure, int Order, bool Quoted)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!DecimalDigits.In(sentence.Text))
            {
                // Every figure has a number.
                continue;
            }

            var previous = i > 0 && sentences[i - 1].Paragraph == sentence.Paragraph ? sentences[i - 1].Text : null;
            for (var match = Quantity().Match(sentence.Text); match.Success; match = match.NextMatch())
            {
                var quoted = IsQuoted(sentence.Text, match.Index);
                foreach (var figure in Read(match, sentence.Text, previous, english))
                {
                    found.Add((figure, found.Count, quoted));
                }
            }
        }

        // The same figure is often repeated; keep the narrator's wording over a quotation's, then the first.
        return found
            .GroupBy(f => (f.Figure.Value, f.Figure.Unit.ToLowerInvariant(), f.Figure.Counts))
            .Select(g => g.OrderBy(f => f.Quoted).ThenBy(f => f.Order).First())
            .OrderBy(f => f.Order)
            .Select(f => f.Figure)
            .ToList();
    }

    private static IEnumerable<Figure> Read(Match match, string sentence, string? previous, bool english)
    {
        if (IsDateOrTime(sentence, match) || IsClockStamp(sentence, match))
        {
            yield break;
        }

        var unit = Unit(match);
        if (unit is null)
        {
            yield break;
        }

        var (counts, ownerCounted) = english ? Counts(match, sentence) : (null, false);
        var subject = Subject(match, sentence, previous, ownerCounted);
        if (Value(match.Groups["number"].Value, match.Groups["scale"].Value) is not { } first)
        {
            yield break;
        }

        if (match.Groups["upper"].Success && Value(match.Groups["upper"].Value, match.Groups["scale"].Value) is { } upper)
        {
            var upperStart = match.Groups["upperApprox"].Success ? match.Groups["upperApprox"].Index : match.Groups["upper"].Index;
            var upperText = sentence[upperStart..(match.Groups["unit"].Index + match.Groups["unit"].Length)];
            if (!IsYear(match.Groups["number"].Value))
            {
                yield return new Figure(first, match.Groups["approx"].Success, unit, subject, match.Value.Trim(), sentence, counts);
            }

            yield return new Figure(upper, match.Groups["upperApprox"].Length > 0, unit, subject, upperText.Trim(), sentence, counts);
            yield break;
        }

        if (IsYear(match.Groups["number"].Value) && !match.Groups["number"].Value.Contains(',', StringComparison.Ordinal))
        {
            yield break;
        }

        yield return new Figure(first, match.Groups["approx"].Success, unit, subject, match.Value.Trim(), sentence, counts);
    }

    /// <summary>
    /// What the figure counts, read after the number and its owner ("500 NATO members"); failing that, the owner's last
    /// word when it is the plural counted ("50 Republicans opposed"), which then is no owner.
    /// </summary>
    private static (string? Counts, bool OwnerCounted) Counts(Match match, string sentence)
    {
        var owner = match.Groups["owner"];
        var currency = match.Groups["currency"].Success ? match.Groups["currency"].Value : null;
        var numberEnd = match.Groups["number"].Index + match.Groups["number"].Length;
        foreach (var part in (ReadOnlySpan<Group>)[match.Groups["upper"], match.Groups["scale"]])
        {
            numberEnd = part.Success ? Math.Max(numberEnd, part.Index + part.Length) : numberEnd;
        }

        var counts = CountedThing.Read(sentence, owner.Success ? owner.Index + owner.Length : numberEnd, currency, owner.Success);
        if (counts is not null || !owner.Success || currency is not null)
        {
            return (counts, false);
        }

        var lastWord = owner.Value.TrimEnd().LastIndexOf(' ') + 1;
        return CountedThing.ReadName(sentence, owner.Index + lastWord) is { } name ? (name, true) : (null, false);
    }

    private static bool IsQuoted(string sentence, int index)
    {
        var marks = 0;
        foreach (var c in sentence.AsSpan(0, index))
        {
            marks += QuoteMarks.IsDouble(c) ? 1 : 0;
        }

        return marks % 2 == 1;
    }

    private static string? Unit(Match match)
    {
        if (match.Groups["currency"].Success)
        {
            return match.Groups["currency"].Value;
        }

        var unit = match.Groups["unit"].Value;
        var space = unit.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? unit : unit.AsSpan(0, space);
        return unit.Length == 0 || NotUnitsBySpan.Contains(head) || CalendarNames.IsCalendarWord(head) ? null : unit;
    }

    private static bool IsDateOrTime(string sentence, Match match)
    {
        // MonthBefore ends in \s*$, so the trimmed text before the match tests the same without a space after it, and in place.
        var before = sentence.AsSpan(0, match.Index).TrimEnd();
        var numberStart = match.Groups["number"].Index;
        var previousChar = numberStart > 0 ? sentence[numberStart - 1] : ' ';

        // "April 20" and "20 April" alike: a day number next to a month, on either side, is a date.
        var after = sentence.AsSpan(numberStart + match.Groups["number"].Length);
        return MonthBefore().IsMatch(before)
            || MonthAfter().IsMatch(after)
            || previousChar is ':' or '-' or '/' or '.' || char.IsLetter(previousChar);
    }

    /// <summary>
    /// A live report's time stamp: four digits opening the sentence that read as a 24-hour clock time ("1504 International
    /// aid agency Cafod pledges …"). News spells out a number that opens a sentence, so a counted one is rarely written so.
    /// </summary>
    private static bool IsClockStamp(string sentence, Match match)
    {
        var number = match.Groups["number"];
        return number.Index == match.Index
            && sentence.AsSpan(0, match.Index).IsWhiteSpace()
            && !match.Groups["currency"].Success
            && number.Length == ClockDigits
            && int.TryParse(number.ValueSpan[..2], CultureInfo.InvariantCulture, out var hours) && hours < HoursADay
            && int.TryParse(number.ValueSpan[2..], CultureInfo.InvariantCulture, out var minutes) && minutes < MinutesAnHour;
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && number[0] is '1' or '2' && int.TryParse(number, CultureInfo.InvariantCulture, out var year) && PlausibleYears.IsMention(year);

    // A number too large for a decimal ("99999999999999999999999 million") is no figure a reader tracks: null drops it.
    private static decimal? Value(string number, string scale)
    {
        if (!decimal.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var multiplier = scale.ToLowerInvariant() switch
        {
            "thousand" => 1_000m,
            "million" or "m" => 1_000_000m,
            "billion" or "bn" => 1_000_000_000m,
            _ => 1m,
        };
        return Math.Abs(value) > decimal.MaxValue / multiplier ? null : value * multiplier;
    }

    /// <summary>
    /// What the figure belongs to: a capitalised owner before the noun ("500 NATO members"), else the nearest mission
    /// or force named; a bare "the mission" is spelled out from the sentence before when that names it more fully.
    /// </summary>
    private static string? Subject(Match match, string sentence, string? previous, bool ownerCounted)
    {
        if (match.Groups["owner"].Success && !ownerCounted)
        {
            return match.Groups["owner"].Value.Trim();
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        for (var phrase = Group().Match(sentence); phrase.Success; phrase = phrase.NextMatch())
        {
            var distance = phrase.Index > match.Index ? phrase.Index - (match.Index + match.Length) : match.Index - (phrase.Index + phrase.Length);
            if (Math.Abs(distance) < bestDistance)
            {
                bestDistance = Math.Abs(distance);
                best = LeadingArticle().Replace(phrase.Groups["phrase"].Value, string.Empty);
            }
        }

        if (best is not null && !best.Contains(' ', StringComparison.Ordinal) && previous is not null)
        {
            var fuller = Group().Matches(previous)
                .Select(p => LeadingArticle().Replace(p.Groups["phrase"].Value, string.Empty))
                .LastOrDefault(p => p.Contains(' ', StringComparison.Ordinal) && p.Contains(best, StringComparison.Ordinal));
            return fuller ?? best;
        }

        return best;
    }

    [GeneratedRegex(
        @"(?<![\d,.])(?:(?<approx>(?i:about|around|approximately|roughly|nearly|almost|some|up to|more than|over|at least|fewer than|less than|an estimated|estimated))\s+)?" +
        @"(?:(?i:from)\s+)?(?<currency>[$€£])?(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:]|,\d|st\b|nd\b|rd\b|th\b|%)" +
        @"(?:\s+(?:to|-|–|and)\s+(?<upperApprox>(?i:about|around|approximately|roughly|nearly|almost|some|up to|more than|over|at least)\s+)?(?<upper>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:]))?" +
        @"(?:\s*(?<scale>(?i:thousand|million|billion|bn)|m)\b)?" +
        @"(?:\s+(?<owner>(?:\p{Lu}[\p{L}-]+\s+){1,2}))?" +
        @"(?:\s*(?<unit>[a-z][a-z-]+(?:\s+(?:and|or)\s+[a-z][a-z-]+s\b)?|%|percent|per cent))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:the|a|an|its|our|their|this|that)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"(?:" + CalendarNames.MonthPattern + @")\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^\s*(?:" + CalendarNames.MonthPattern + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(
        @"(?<![\p{L}\p{M}'’`´-])(?<phrase>(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:[a-z]+\s+)?(?:mission|coalition|force|forces|operation|contingent|deployment|presence)(?:\s+in\s+\p{Lu}[\p{L}-]*)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Group();
}
