using System.Globalization;
using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A calendar date known to a day, a month or a year, shown as "18 Feb 2021", "Feb 2020" or "2018".</summary>
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

    public static EventDate? Of(PublicationDate? published) =>
        published is null ? null : new EventDate(published.Date, published.Precision);

    public static EventDate Of(DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new EventDate(mention.Date, mention.Precision);
    }

    /// <summary>Days between the two dates' ranges; zero when they overlap.</summary>
    public int DaysApart(EventDate other)
    {
        if (other.Start > End)
        {
            return other.Start.DayNumber - End.DayNumber;
        }

        return Start > other.End ? Start.DayNumber - other.End.DayNumber : 0;
    }

    /// <summary>Whether this date says more precisely when something happened than the other.</summary>
    public bool IsFinerThan(EventDate other) => Precision < other.Precision;

    // Earlier starts first; for the same start the coarser date first, so "2020" reads before "Jan 2020".
    public int CompareTo(EventDate other)
    {
        var byStart = Start.CompareTo(other.Start);
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
