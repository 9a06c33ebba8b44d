using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>When a story places an article: its publication date, or for one known only to the month or year, a best guess within it.</summary>
internal static class ArticleDates
{
    /// <summary>
    /// The publication date; when only its month or year is known, placed midway between the latest event the article
    /// recounts as past and the end of that month or year, because an article is written after what it reports.
    /// </summary>
    public static EventDate? PublishedOf(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (EventDate.Of(summary.Published) is not { } published || published.Precision == DatePrecision.Day)
        {
            return EventDate.Of(summary.Published);
        }

        var recounted = summary.Dates
            .Select(EventDate.Of)
            .Where(d => d.End <= published.End)
            .Select(d => d.End)
            .Where(d => d >= published.Start)
            .DefaultIfEmpty(published.Start)
            .Max();
        var likely = DateOnly.FromDayNumber((recounted.DayNumber + published.End.DayNumber) / 2);
        return likely == published.Start ? published : EventDate.Estimated(likely, published.Precision);
    }
}
