using System.Globalization;
using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A calendar date known to a day, a month or a year, shown as "18 Feb 2021", "Feb 2020" or "2018".</summary>
/// <param name="Date">The day; for a month or a year its first day, or for an estimate the most likely day within it.</param>
/// <param name="Precision">How much of the date is known.</param>
public readonly record struct EventDate(DateOnly Date, DatePrecision Precision) : IComparable<EventDate>
{
    /// <summary>The first day the date can mean.</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Day => Date,
        DatePrecision.Month => new DateOnly(Date.Year, Date.Month, 1),
        _ => new DateOnly(Date.Year, 1, 1),
    };

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Date,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Date.Year, 12, 31),
    };

    /// <summary>The machine-readable form: "2021-02-18", "2020-02" or "2018".</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Whether the date is a month or year with a best guess at the day inside it, as for an article only known to be from
    /// some time in 2020; it is shown as the month or year but placed at the guess.
    /// </summary>
    public bool IsEstimate => Precision != DatePrecision.Day && Date != Start;

    /// <summary>Where the date sits on the calendar when sorting: the estimated day of an estimate, otherwise its start.</summary>
    public DateOnly Position => IsEstimate ? Date : Start;

    /// <summary>A month or year, placed at the most likely day within it.</summary>
    public static EventDate Estimated(DateOnly likely, DatePrecision precision) => new(likely, precision);

    public static EventDate? Of(PublicationDate? published) =>
        published is null ? null : new EventDate(published.Date, published.Precision);

    public static EventDate Of(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new EventDate(mention.Date, mention.Precision);
    }

    /// <summary>Days between the two dates' ranges, an estimate standing for its guessed day; zero when they overlap.</summary>
    public int DaysApart(EventDate other)
    {
        // A year that overlaps everything in it would make an undated report of 2020 the same event as any of 2020.
        var (start, end) = IsEstimate ? (Date, Date) : (Start, End);
        var (otherStart, otherEnd) = other.IsEstimate ? (other.Date, other.Date) : (other.Start, other.End);
        if (otherStart > end)
        {
            return otherStart.DayNumber - end.DayNumber;
        }

        return start > otherEnd ? start.DayNumber - otherEnd.DayNumber : 0;
    }

    // Earlier starts first; for the same start the coarser date first, so "2020" reads before "Jan 2020".
    // An estimate sorts at its guessed day, so "some time in 2020" reads after what it recounts from February.
    public int CompareTo(EventDate other)
    {
        var byStart = Position.CompareTo(other.Position);
        return byStart != 0 ? byStart : other.Precision.CompareTo(Precision);
    }

    public static bool operator <(EventDate left, EventDate right) => left.CompareTo(right) < 0;

    public static bool operator >(EventDate left, EventDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventDate left, EventDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventDate left, EventDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>A span of dates as "2018 – 23 Oct 2020", "18–19 Feb 2021" or just "Feb 2021".</summary>
    public static string FormatRange(EventDate from, EventDate to)
    {
        if (from == to)
        {
            return from.ToString();
        }

        if (from.Precision == DatePrecision.Day && to.Precision == DatePrecision.Day
            && from.Date.Year == to.Date.Year && from.Date.Month == to.Date.Month)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{from.Date.Day}–{to}");
        }

        return $"{from} – {to}";
    }
}
