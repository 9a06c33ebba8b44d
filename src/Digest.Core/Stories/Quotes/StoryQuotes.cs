using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

namespace Digest.Core.Stories.Quotes;

/// <summary>Groups a story's quotations by speaker, resolving "Stoltenberg" and "Jens Stoltenberg" to one person.</summary>
internal static class StoryQuotes
{
    public static IReadOnlyList<SpeakerQuotes> Group(Story story, int maxSpeakers, int maxQuotesPerSpeaker)
    {
        ArgumentNullException.ThrowIfNull(story);
        var articles = story.Articles.Order(ArticleOrder.Instance).ToList();
        var names = new EntityNames();
        foreach (var entity in articles.SelectMany(a => a.Entities))
        {
            names.Resolve(entity);
        }

        var quotes = articles.SelectMany(a => a.Quotes
            .Where(q => !string.IsNullOrWhiteSpace(q.Speaker) && !string.IsNullOrWhiteSpace(q.Text))
            .Select(q => (Speaker: names.DisplayNameOf(q.Speaker!) ?? q.Speaker!.Trim(), Quote: Dated(q, a))));
        return quotes
            .GroupBy(q => q.Speaker, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SpeakerQuotes(g.First().Speaker, Pick(g.Select(q => q.Quote), maxQuotesPerSpeaker)))
            .OrderByDescending(s => s.Quotes.Count)
            .ThenBy(s => s.Speaker, StringComparer.Ordinal)
            .Take(maxSpeakers)
            .ToList();
    }

    /// <summary>
    /// Spreads the picks over time: each article's first quotation before any article's second, newest
    /// articles first, so a long story shows what was said as it developed rather than one day's remarks.
    /// </summary>
    private static List<DatedQuote> Pick(IEnumerable<DatedQuote> quotes, int max) =>
        quotes
            .DistinctBy(q => q.Text, StringComparer.OrdinalIgnoreCase)
            .GroupBy(q => q.Source)
            .SelectMany(g => g.Select((q, i) => (Quote: q, Rank: i)))
            .OrderBy(q => q.Rank)
            .ThenByDescending(q => q.Quote.Date?.Position ?? DateOnly.MinValue)
            .Take(max)
            .Select(q => q.Quote)
            .OrderBy(q => q.Date?.Position ?? DateOnly.MaxValue)
            .ToList();

    // Parsers keep the comma that led into "..., he said"; it does not belong to the words spoken.
    private static DatedQuote Dated(Quote quote, ArticleSummary article) =>
        new(quote.Text.Trim().TrimEnd(',').Trim(), ArticleDates.PublishedOf(article), SourceRef.Of(article));
}
