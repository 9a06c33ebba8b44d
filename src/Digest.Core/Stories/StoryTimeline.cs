using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A story's developments in the order they happened, with the articles no date could place.</summary>
public sealed record StoryTimeline(IReadOnlyList<Development> Developments, IReadOnlyList<SourceRef> Unplaced)
{
    /// <summary>
    /// Builds the timeline from the dates the articles mention, merging reports of the same event from
    /// several articles, and attaching undated articles to the development they most resemble.
    /// </summary>
    public static StoryTimeline Build(Story story, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        options ??= TimelineOptions.Default;
        var articles = story.Articles.Order(ArticleOrder.Instance).ToList();
        var reports = articles.SelectMany((a, i) => DatedReports.Of(a, i))
            .OrderBy(r => r.Date)
            .ThenByDescending(r => r.FromMention)
            .ThenBy(r => r.ArticleIndex)
            .ThenBy(r => r.Position)
            .ToList();
        var weights = new WordWeights(reports.Select(r => r.Words));
        var drafts = Merge(reports, weights, options);

        var placed = drafts.SelectMany(d => d.Reports).Select(r => r.Source.Name).ToHashSet(StringComparer.Ordinal);
        var unplaced = new List<SourceRef>();
        foreach (var article in articles.Where(a => !placed.Contains(a.Name)))
        {
            var words = ArticleWords(article);
            var home = drafts
                .Select(d => (Draft: d, Score: weights.Coverage(words, d.Words)))
                .Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score)
                .Select(c => c.Draft)
                .FirstOrDefault();
            if (home is null)
            {
                unplaced.Add(SourceRef.Of(article));
            }
            else
            {
                home.AddUndated(SourceRef.Of(article));
            }
        }

        var kept = drafts
            .OrderByDescending(d => d.Reports.Select(r => r.Source).Distinct().Count() + d.UndatedSources.Count)
            .ThenByDescending(d => d.Date)
            .Take(options.MaxDevelopments)
            .OrderBy(d => d.Date)
            .ThenBy(d => d.Reports[0].ArticleIndex)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var developments = kept.Select(d => ToDevelopment(d, used, weights, options)).ToList();
        return new StoryTimeline(developments, unplaced);
    }

    private static List<DevelopmentDraft> Merge(IReadOnlyList<DatedReport> reports, WordWeights weights, TimelineOptions options)
    {
        var drafts = new List<DevelopmentDraft>();
        foreach (var report in reports)
        {
            var home = drafts
                .Where(d => d.Date.DaysApart(report.Date) <= options.MergeWindowDays)
                .Select(d => (Draft: d, Score: d.HasArticle(report.Source) ? 1.0 : weights.Overlap(report.Words, d.Words)))
                .Where(c => c.Score >= options.MergeSimilarity)
                .OrderByDescending(c => c.Score)
                .Select(c => c.Draft)
                .FirstOrDefault();
            if (home is null)
            {
                drafts.Add(new DevelopmentDraft(report));
            }
            else
            {
                home.Add(report);
            }
        }

        return drafts;
    }

    private static Development ToDevelopment(DevelopmentDraft draft, HashSet<string> used, WordWeights weights, TimelineOptions options)
    {
        // Among equally good sentences, the one other articles corroborate most is the one that tells the event.
        double Rank(DatedReport report) => Score(report) + Corroboration(report, draft, weights);

        var chosen = new List<DatedReport>();
        foreach (var report in draft.Reports.OrderByDescending(Rank).ThenBy(r => r.ArticleIndex).ThenBy(r => r.Position))
        {
            if (chosen.Count == options.MaxSentencesPerDevelopment)
            {
                break;
            }

            var repeats = used.Contains(report.Sentence) || chosen.Any(c => Jaccard(c.Words, report.Words) >= 0.6);
            if (!repeats)
            {
                chosen.Add(report);
            }
        }

        // Every development says something, even when all its sentences were already shown elsewhere.
        if (chosen.Count == 0)
        {
            chosen.Add(draft.Reports.OrderByDescending(Rank).First());
        }

        used.UnionWith(chosen.Select(c => c.Sentence));
        var sentences = chosen.OrderBy(c => c.ArticleIndex).ThenBy(c => c.Position).Select(c => c.Sentence).ToList();
        var sources = draft.Reports.OrderBy(r => r.ArticleIndex).Select(r => r.Source).Distinct().Concat(draft.UndatedSources).ToList();
        return new Development(draft.Date, sentences, sources);
    }

    // A sentence that names the date tells what happened then; a key sentence tells what mattered;
    // a sentence that is mostly a quotation, or opens with "He", leans on context the digest lacks.
    private static double Score(DatedReport report) =>
        (report.FromMention ? 2 : 0)
        + (report.MentionsDate ? 1 : 0)
        + (report.IsKeySentence ? 1 : 0)
        - (SentenceText.QuoteShare(report.Sentence) > 0.6 ? 2 : 0)
        - (SentenceText.StartsWithPronoun(report.Sentence) ? 0.5 : 0);

    private static double Corroboration(DatedReport report, DevelopmentDraft draft, WordWeights weights)
    {
        var others = draft.Reports.Where(r => r.Source != report.Source).ToList();
        return others.Count == 0 ? 0 : others.Max(o => weights.Overlap(report.Words, o.Words));
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }

    private static HashSet<string> ArticleWords(ArticleSummary article) =>
        ContentWords.SetOf(string.Join(' ', article.KeySentences.Prepend(article.Title)));
}
