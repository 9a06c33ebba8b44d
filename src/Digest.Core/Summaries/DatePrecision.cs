namespace Digest.Core.Summaries;

/// <summary>How much of a date is known: a calendar day, only its month, or only its year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
