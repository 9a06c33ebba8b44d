using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A story's developments in the order they happened, with the articles no date could place.</summary>
public sealed record StoryTimeline(IReadOnlyList<Development> Developments, IReadOnlyList<SourceRef> Unplaced)
{
    /// <summary>
    /// The dates the story places its undated articles at (article name to date), inferred from the developments they
    /// report; a digest shows these as "≈ 12 Feb 2020" instead of "undated".
    /// </summary>
    public IReadOnlyDictionary<string, EventDate> InferredDates { get; init; } = new Dictionary<string, EventDate>(StringComparer.Ordinal);

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
        foreach (var (article, index) in articles.Select((a, i) => (a, i)).Where(a => !placed.Contains(a.a.Name)))
        {
            if (SameDayReports(article, index, drafts, weights, options) is { } aligned)
            {
                foreach (var report in aligned.Reports)
                {
                    aligned.Draft.Add(report);
                }

                continue;
            }

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
        var dates = kept.Select(d => d.Date).ToList();
        var developments = kept.Select(d => ToDevelopment(d, dates, used, weights, options)).ToList();
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

    /// <summary>
    /// The sentences of an undated article that name the weekday or day of the month of a dated development and tell
    /// the same event ("the decision was made at a meeting in Brussels on February 12" beside a report of 12 Feb 2020),
    /// as reports of that day. A shared day is evidence a shared vocabulary is not: every report of a long story says
    /// "expand" and "mission", but only reports of one meeting say "Brussels" and the weekday it was held on.
    /// </summary>
    private static (DevelopmentDraft Draft, IReadOnlyList<DatedReport> Reports)? SameDayReports(
        ArticleSummary article, int articleIndex, IReadOnlyList<DevelopmentDraft> drafts, WordWeights weights, TimelineOptions options)
    {
        var keySentences = article.KeySentences.ToHashSet(StringComparer.Ordinal);
        var sentences = SentenceSplitter.SplitBody(article.Body).Select(s => s.Text).ToList();
        var matches = drafts
            .Where(d => d.Date.Precision == DatePrecision.Day)
            .SelectMany(d => sentences
                .Where(s => CalendarCues.Names(s, d.Date.Date))
                .Select(s => (Draft: d, Sentence: SentenceText.Clean(s), Key: keySentences.Contains(s), Words: ContentWords.SetOf(s))))
            .Select(c => (c.Draft, c.Sentence, c.Key, c.Words, Score: weights.Overlap(c.Words, c.Draft.Words)))
            .Where(c => c.Score >= options.MergeSimilarity)
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var home = matches.OrderByDescending(c => c.Score).ThenBy(c => c.Draft.Date).First().Draft;
        var source = SourceRef.Of(article);
        var reports = matches
            .Where(c => c.Draft == home)
            .Select((c, i) => new DatedReport(home.Date, c.Sentence, FromMention: true, MentionsDate: true, c.Key, source, articleIndex, i, c.Words))
            .ToList();
        return (home, reports);
    }

    private static Development ToDevelopment(
        DevelopmentDraft draft, IReadOnlyList<EventDate> developmentDates, HashSet<string> used, WordWeights weights, TimelineOptions options)
    {
        // Among equally good sentences, the one other articles corroborate most is the one that tells the event.
        double Rank(DatedReport report) => Score(report, developmentDates) + Corroboration(report, draft, weights);

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
    // a sentence that is mostly a quotation, or opens with "He", leans on context the digest lacks — unless it
    // announces a development the story goes on to report ("will be discussed in February 2021"), which nothing
    // else ties to what came before, so it is worth showing even in the speaker's words.
    private static double Score(DatedReport report, IReadOnlyList<EventDate> developmentDates)
    {
        var foretells = report.PlannedFor is { } planned && developmentDates.Any(d => d.DaysApart(planned) == 0);
        return (report.FromMention ? 2 : 0)
            + (report.MentionsDate ? 1 : 0)
            + (foretells ? 1 : 0)
            + (report.IsKeySentence ? 1 : 0)
            - (SentenceText.QuoteShare(report.Sentence) > 0.6 && !foretells ? 2 : 0)
            - (SentenceText.StartsWithPronoun(report.Sentence) ? 0.5 : 0);
    }

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
