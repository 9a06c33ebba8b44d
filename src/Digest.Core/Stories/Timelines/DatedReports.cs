using Digest.Core.Parsing;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories.Timelines;

/// <summary>Reads the dated reports out of one article: one per dated mention, plus its key sentences and plans dated by publication.</summary>
internal static class DatedReports
{
    public static IReadOnlyList<DatedReport> Of(ArticleSummary summary, int articleIndex)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var source = SourceRef.Of(summary);
        var published = ArticleDates.PublishedOf(summary);
        var reports = new List<DatedReport>();
        var keySentences = summary.KeySentences.ToHashSet(StringComparer.Ordinal);
        var mentionedSentences = summary.Dates.Select(d => d.Sentence).ToHashSet(StringComparer.Ordinal);

        // A date after publication is a plan ("will be discussed in February 2021"), not something that
        // happened; what happened is that it was announced, so the sentence stays with the publication date.
        // Without a publication date, the sentence's own wording tells a plan from a past event.
        var pastMentions = summary.Dates
            .Where(d => published is null ? !IsPlan(d) : EventDate.Of(d).Start <= published.Value.End)
            .ToList();
        foreach (var mention in pastMentions)
        {
            var others = summary.Dates.Where(d => d.Sentence == mention.Sentence && EventDate.Of(d) != EventDate.Of(mention)).Select(d => d.Text);
            var text = SentenceText.Clean(SentenceText.ClauseAround(mention.Sentence, mention.Text, others));
            reports.Add(new DatedReport(
                EventDate.Of(mention), text, FromMention: true, MentionsDate: true, keySentences.Contains(mention.Sentence),
                source, articleIndex, reports.Count, ContentWords.SetOf(text)));
        }

        if (published is not null)
        {
            var pastSentences = pastMentions.Select(d => d.Sentence).ToHashSet(StringComparer.Ordinal);
            var plans = summary.Dates.Select(d => d.Sentence).Where(s => !pastSentences.Contains(s));
            var sentences = summary.KeySentences.Where(s => !pastSentences.Contains(s)).Concat(plans).Distinct(StringComparer.Ordinal).ToList();
            if (sentences.Count == 0 && reports.Count == 0)
            {
                sentences.Add(summary.Title);
            }

            foreach (var sentence in sentences)
            {
                var text = SentenceText.Clean(sentence);
                var planned = summary.Dates.Where(d => d.Sentence == sentence).Select(EventDate.Of).Where(d => d > published.Value).Order().ToList();
                reports.Add(new DatedReport(
                    published.Value, text, FromMention: false, mentionedSentences.Contains(sentence), keySentences.Contains(sentence),
                    source, articleIndex, reports.Count, ContentWords.SetOf(text), planned.Count > 0 ? planned[0] : null));
            }
        }

        return reports;
    }

    /// <summary>
    /// The past events an article without a publication date tells on days it names without a year ("at a meeting in
    /// Brussels on February 12"), which the parser cannot place: each gets the year that puts it nearest the story's
    /// own dated reports, and is marked inferred because only the story supports that year.
    /// </summary>
    /// <param name="summary">The article.</param>
    /// <param name="articleIndex">The article's place in the story's reading order.</param>
    /// <param name="storyDays">The days the story's articles state, in order.</param>
    public static IReadOnlyList<DatedReport> Yearless(ArticleSummary summary, int articleIndex, IReadOnlyList<DateOnly> storyDays)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(storyDays);
        if (summary.Published is not null || storyDays.Count == 0)
        {
            return [];
        }

        var source = SourceRef.Of(summary);
        var keySentences = summary.KeySentences.ToHashSet(StringComparer.Ordinal);
        var resolved = summary.Dates.Select(d => (d.Sentence, d.Text)).ToHashSet();
        var reports = new List<DatedReport>();
        foreach (var sentence in ArticleSentences.Of(summary))
        {
            foreach (var (text, month, day) in CalendarCues.MonthDays(sentence))
            {
                var at = sentence.IndexOf(text, StringComparison.Ordinal);
                if (resolved.Any(r => r.Sentence == sentence && r.Text.Contains(text, StringComparison.Ordinal))
                    || FutureCue.IsIn(sentence[..Math.Max(0, at)])
                    || NearestYear(month, day, storyDays) is not { } date)
                {
                    continue;
                }

                var clause = SentenceText.Clean(sentence);
                reports.Add(new DatedReport(
                    new EventDate(date, DatePrecision.Day), clause, FromMention: true, MentionsDate: true, keySentences.Contains(sentence),
                    source, articleIndex, reports.Count, ContentWords.SetOf(clause), IsInferred: true));
            }
        }

        return reports;
    }

    // The year that puts the day nearest a day the story states: "February 12" in a story of 12 Feb 2020 and
    // 18 Feb 2021 is the 2020 meeting, not a day in 2021 no article mentions.
    private static DateOnly? NearestYear(int month, int day, IReadOnlyList<DateOnly> storyDays) =>
        storyDays.Select(d => d.Year).Distinct()
            .SelectMany(y => Enumerable.Range(y - 1, 3))
            .Distinct()
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .OrderBy(d => DistanceToNearest(d, storyDays))
            .ThenBy(d => d)
            .Cast<DateOnly?>()
            .FirstOrDefault();

    private static int DistanceToNearest(DateOnly date, IReadOnlyList<DateOnly> sortedDays)
    {
        var (low, high) = (0, sortedDays.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sortedDays[middle] < date ? (middle + 1, high) : (low, middle);
        }

        var after = Math.Abs(sortedDays[low].DayNumber - date.DayNumber);
        return low > 0 ? Math.Min(after, date.DayNumber - sortedDays[low - 1].DayNumber) : after;
    }

    private static bool IsPlan(DateMention mention)
    {
        var at = mention.Sentence.IndexOf(mention.Text, StringComparison.Ordinal);
        return FutureCue.IsIn(at < 0 ? mention.Sentence : mention.Sentence[..at]);
    }
}
