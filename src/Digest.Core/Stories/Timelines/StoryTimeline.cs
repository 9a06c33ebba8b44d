using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories.Timelines;

/// <summary>A story's developments in the order they happened, with the articles no date could place.</summary>
public sealed record StoryTimeline(IReadOnlyList<Development> Developments, IReadOnlyList<SourceRef> Unplaced)
{
    /// <summary>
    /// The dates the story places its undated articles at (article name to date), inferred from the developments they
    /// report; a digest shows these as "≈ 12 Feb 2020" instead of "undated".
    /// </summary>
    public IReadOnlyDictionary<string, EventDate> InferredDates { get; init; } = new Dictionary<string, EventDate>(StringComparer.Ordinal);

    // An article published on a day is weaker evidence that the day mattered than one that refers back to it: news
    // appears every day, but a day other reports keep naming is one the story turned on.
    private const double PublicationWeight = 0.5;

    // A report names the days of the week it tells of ("on Tuesday", "yesterday"); an article that names more dates than
    // a week has days is a programme listing, a family history, a comment thread with its stamps or a chronology, and
    // each of its dates is one entry among many, not what the article reports. Such an article's naming counts as much
    // as a week's worth, shared among its dates, so one page cannot lift a dozen days above those the reports name.
    private const int DatesNamedInFull = 7;

    // A day more than one article points at (two name it, or one names it and another appears on it) is told well
    // enough to be kept before any month or year: a timeline reads in days when the articles support days.
    private const double SupportedDay = 1 + PublicationWeight;

    // Most reports of one date compared or ranked: a big story's busiest day has hundreds, and the first ones (reports
    // that name the date, in reading order) already tell it; bounds the cost per date whatever the story's size.
    private const int MaxCandidatesPerDate = 120;

    // Reports of a date a new report is compared with when deciding whether it tells the same event: the first few
    // reports of a date already say what it stands for, and comparing with all of a busy date's would cost quadratically.
    // At most ComparedReports.Capacity.
    private const int MaxComparedReports = 24;

    // Two sentences sharing this share of their words tell the same fact, whichever development they sit in.
    private const double RepeatSimilarity = 0.6;

    // A story's latest news is the window of two weeks before the day by which 95% of its articles had appeared: the last
    // few stragglers (a retrospective, a late follow-up) do not define it, and two weeks is a digest reader's horizon.
    private const double LatestShare = 0.95;
    private const int LatestWindowDays = 14;

    /// <summary>
    /// Builds the timeline: reports are grouped by the date they tell of, the dates the story's articles refer to most
    /// (by naming them, or less so by appearing on them) are kept, undated articles join the kept date they tell of,
    /// and each date shows its reports' most central sentences that no other date already shows.
    /// </summary>
    public static StoryTimeline Build(Story story, TimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        options ??= TimelineOptions.Default;
        var articles = story.Articles.Order(ArticleOrder.Instance).ToList();
        var stated = articles.SelectMany((a, i) => DatedReports.Of(a, i)).ToList();
        var storyDays = stated.Where(r => r.Date.Precision == DatePrecision.Day).Select(r => r.Date.Date).Distinct().Order().ToList();
        var reports = stated
            .Concat(articles.SelectMany((a, i) => DatedReports.Yearless(a, i, storyDays)))
            .OrderBy(r => r.Date)
            .ThenByDescending(r => r.FromMention)
            .ThenBy(r => r.ArticleIndex)
            .ThenBy(r => r.Position)
            .ToList();
        var weights = new WordWeights(reports.Select(r => r.Words));
        var drafts = Group(reports, weights, options);
        var references = References(reports);
        var kept = drafts
            .Where(d => InPeriod(d.Date, options))
            .OrderByDescending(d => d.Date.Precision == DatePrecision.Day && references.GetValueOrDefault(d.Date) >= SupportedDay)
            .ThenByDescending(d => references.GetValueOrDefault(d.Date))
            .ThenBy(d => d.Date.Precision)
            .ThenByDescending(d => d.Date)
            .Take(options.MaxDevelopments)
            .ToList();
        ReachLatest(kept, drafts, references, articles, options);

        // An article with reports of its own is placed by them, even when they fall on dates not kept.
        var placed = drafts.SelectMany(d => d.Reports).Select(r => r.Source.Name).ToHashSet(StringComparer.Ordinal);
        var unplaced = new List<SourceRef>();
        foreach (var (article, index) in articles.Select((a, i) => (a, i)).Where(a => !placed.Contains(a.a.Name)))
        {
            if (SameDayReports(article, index, kept, weights, options) is { } aligned)
            {
                foreach (var report in aligned.Reports)
                {
                    aligned.Draft.Add(report);
                }

                continue;
            }

            var words = ArticleWords(article);
            var home = kept
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

        var ordered = kept.OrderBy(d => d.Date).ThenBy(d => d.Reports[0].ArticleIndex).ToList();
        var shown = new List<IReadOnlySet<string>>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var dates = ordered.Select(d => d.Date).ToList();
        var developments = ordered.Select(d => ToDevelopment(d, dates, used, shown, weights, options)).ToList();
        return new StoryTimeline(developments, unplaced) { InferredDates = InferredDatesOf(articles, ordered) };
    }

    /// <summary>
    /// The reports grouped by the date they tell of. A report dated only by its article's publication joins a date its
    /// article names or a like report tells of, at most <see cref="TimelineOptions.MergeWindowDays"/> away, because an
    /// article is usually published a day or two after what it reports.
    /// </summary>
    private static List<DevelopmentDraft> Group(IReadOnlyList<DatedReport> reports, WordWeights weights, TimelineOptions options)
    {
        // Each date's draft, with its first reports (see MaxComparedReports): compared with single reports rather than
        // with all a date's words, because a busy date's vocabulary holds every report.
        var byDate = new Dictionary<EventDate, (DevelopmentDraft Draft, ComparedReports First)>();
        foreach (var report in reports.Where(r => r.FromMention))
        {
            Add(report.Date, report);
        }

        var nearby = new List<EventDate>();
        foreach (var report in reports.Where(r => !r.FromMention))
        {
            // The best-resembling date named nearby; dates are unique among drafts begun by a mention (a mention joins
            // the draft of its own date), so the earlier date breaks a tie in score without further ties.
            (DevelopmentDraft Draft, ComparedReports First)? home = null;
            var homeScore = 0.0;
            WeighedWords? words = null;
            Nearby(report.Date, options.MergeWindowDays, nearby);
            foreach (var date in nearby)
            {
                if (!byDate.TryGetValue(date, out var candidate)
                    || !candidate.Draft.Reports[0].FromMention
                    || candidate.Draft.Date.DaysApart(report.Date) > options.MergeWindowDays)
                {
                    continue;
                }

                var score = candidate.Draft.HasArticle(report.Source) ? 1.0 : candidate.First.BestOverlap(words ??= weights.Weigh(report.Words));
                if (score >= options.MergeSimilarity
                    && (home is not { } best || score > homeScore || (score == homeScore && candidate.Draft.Date < best.Draft.Date)))
                {
                    (home, homeScore) = (candidate, score);
                }
            }

            if (home is { } joined)
            {
                Join(joined, report);
            }
            else
            {
                Add(report.Date, report);
            }
        }

        return [.. byDate.Values.Select(d => d.Draft)];

        void Add(EventDate date, DatedReport report)
        {
            if (byDate.TryGetValue(date, out var existing))
            {
                Join(existing, report);
            }
            else
            {
                var first = new ComparedReports();
                first.Add(weights.Weigh(report.Words));
                byDate[date] = (new DevelopmentDraft(report), first);
            }
        }

        void Join((DevelopmentDraft Draft, ComparedReports First) date, DatedReport report)
        {
            date.Draft.Add(report);
            if (date.First.Count < MaxComparedReports)
            {
                date.First.Add(weights.Weigh(report.Words));
            }
        }
    }

    /// <summary>
    /// The dates a report of this date could join: the days around it and the months and years that hold them, each
    /// once, into a list reused for every report (a big story has tens of thousands).
    /// </summary>
    private static void Nearby(EventDate date, int windowDays, List<EventDate> into)
    {
        into.Clear();
        for (var offset = -windowDays; offset <= windowDays; offset++)
        {
            var day = date.Position.AddDays(offset);
            into.Add(new EventDate(day, DatePrecision.Day));
            AddOnce(new EventDate(new DateOnly(day.Year, day.Month, 1), DatePrecision.Month));
            AddOnce(new EventDate(new DateOnly(day.Year, 1, 1), DatePrecision.Year));
        }

        void AddOnce(EventDate candidate)
        {
            if (!into.Contains(candidate))
            {
                into.Add(candidate);
            }
        }
    }

    /// <summary>
    /// How strongly the story's articles point at each date: every article that names it counts once (an article that
    /// names more than <see cref="DatesNamedInFull"/> dates shares that much among them), every article published on it
    /// counts <see cref="PublicationWeight"/>. Naming a day after it passed ("the spill began on April 20") is the
    /// evidence that generalises to long stories, where every day has articles.
    /// </summary>
    private static Dictionary<EventDate, double> References(IReadOnlyList<DatedReport> reports)
    {
        var naming = reports.Where(r => r.FromMention).Select(r => (r.Date, r.Source.Name)).Distinct().ToList();
        var appearing = reports.Where(r => r.Source.Published is not null).Select(r => (Date: r.Source.Published!.Value, r.Source.Name)).Distinct();
        var datesNamed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, article) in naming)
        {
            datesNamed[article] = datesNamed.GetValueOrDefault(article) + 1;
        }

        var references = new Dictionary<EventDate, double>();
        foreach (var (date, article) in naming)
        {
            references[date] = references.GetValueOrDefault(date) + Math.Min(1.0, (double)DatesNamedInFull / datesNamed[article]);
        }

        foreach (var (date, _) in appearing)
        {
            references[date] = references.GetValueOrDefault(date) + PublicationWeight;
        }

        return references;
    }

    private static bool InPeriod(EventDate date, TimelineOptions options) =>
        (options.From is not { } from || date.Start >= from) && (options.To is not { } to || date.End <= to);

    /// <summary>
    /// Makes sure the timeline reaches the story's latest news: when no kept date falls within <see cref="LatestWindowDays"/>
    /// of the day by which <see cref="LatestShare"/> of its articles had appeared, the most referred-to day of that window
    /// replaces the least referred-to date kept. A story's early days gather references for months, so the ranking alone
    /// keeps the past and drops the week a reader opens the digest for.
    /// </summary>
    private static void ReachLatest(
        List<DevelopmentDraft> kept,
        IReadOnlyList<DevelopmentDraft> drafts,
        Dictionary<EventDate, double> references,
        IReadOnlyList<ArticleSummary> articles,
        TimelineOptions options)
    {
        var published = articles.Select(a => EventDate.Of(a.Published)?.End).OfType<DateOnly>().Order().ToList();
        if (kept.Count == 0 || published.Count == 0)
        {
            return;
        }

        var latest = published[(int)Math.Ceiling(LatestShare * published.Count) - 1];
        var from = latest.AddDays(-LatestWindowDays);
        if (kept.Any(d => d.Date.End >= from))
        {
            return;
        }

        var recent = drafts
            .Where(d => d.Date.Precision == DatePrecision.Day && d.Date.End >= from && d.Date.End <= latest && InPeriod(d.Date, options))
            .OrderByDescending(d => references.GetValueOrDefault(d.Date))
            .ThenByDescending(d => d.Date)
            .FirstOrDefault();
        if (recent is not null)
        {
            kept[^1] = recent;
        }
    }

    /// <summary>Where the story places each article it has no publication date for: the kept date it reports most.</summary>
    private static Dictionary<string, EventDate> InferredDatesOf(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<DevelopmentDraft> kept)
    {
        var undated = articles.Where(a => a.Published is null).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        return kept
            .SelectMany(d => d.Reports.Select(r => r.Source.Name).Concat(d.UndatedSources.Select(s => s.Name)).Where(undated.Contains).Select(name => (Name: name, Draft: d)))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.Draft).OrderByDescending(d => d.Count()).ThenBy(d => d.Key.Date).First().Key.Date,
                StringComparer.Ordinal);
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
        var sentences = ArticleSentences.Of(article);
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
        DevelopmentDraft draft,
        IReadOnlyList<EventDate> developmentDates,
        HashSet<string> used,
        List<IReadOnlySet<string>> shown,
        WordWeights weights,
        TimelineOptions options)
    {
        var candidates = draft.Reports.OrderByDescending(r => r.FromMention).ThenBy(r => r.ArticleIndex).ThenBy(r => r.Position).Take(MaxCandidatesPerDate).ToList();
        var centre = Centroid(candidates, weights);
        var centreNorm = Math.Sqrt(centre.Values.Sum(v => v * v));

        // Among equally good sentences, the one closest to what all the date's reports say is the one that tells the event.
        double Rank(DatedReport report) => Score(report, developmentDates) + Centrality(report, centre, centreNorm, weights);

        var chosen = new List<DatedReport>();
        var ranked = candidates.OrderByDescending(Rank).ThenBy(r => r.ArticleIndex).ThenBy(r => r.Position).ToList();
        foreach (var report in ranked)
        {
            if (chosen.Count == options.MaxSentencesPerDevelopment)
            {
                break;
            }

            var repeats = used.Contains(report.Sentence)
                || chosen.Any(c => Jaccard(c.Words, report.Words) >= RepeatSimilarity)
                || shown.Any(s => Jaccard(s, report.Words) >= RepeatSimilarity);
            if (!repeats)
            {
                chosen.Add(report);
            }
        }

        // Every development says something, even when all its sentences were already shown elsewhere.
        if (chosen.Count == 0)
        {
            chosen.Add(ranked[0]);
        }

        used.UnionWith(chosen.Select(c => c.Sentence));
        shown.AddRange(chosen.Select(c => c.Words));
        var sentences = chosen.OrderBy(c => c.ArticleIndex).ThenBy(c => c.Position).Select(c => c.Sentence).ToList();
        var sources = draft.Reports.OrderBy(r => r.ArticleIndex).Select(r => r.Source).Distinct().Concat(draft.UndatedSources).ToList();
        return new Development(draft.Date, sentences, sources, draft.IsInferred);
    }

    private static Dictionary<string, double> Centroid(IReadOnlyList<DatedReport> reports, WordWeights weights)
    {
        var centre = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in reports.SelectMany(r => r.Words))
        {
            centre[word] = centre.GetValueOrDefault(word) + weights.Of(word);
        }

        return centre;
    }

    /// <summary>The cosine between a report's weighted words and the centroid of its date's reports, from 0 to 1.</summary>
    private static double Centrality(DatedReport report, Dictionary<string, double> centre, double centreNorm, WordWeights weights)
    {
        var dot = report.Words.Sum(w => weights.Of(w) * centre.GetValueOrDefault(w));
        var norm = Math.Sqrt(report.Words.Sum(w => weights.Of(w) * weights.Of(w))) * centreNorm;
        return norm == 0 ? 0 : dot / norm;
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

    // Counted, not built: each shown sentence is compared with every candidate of every later date.
    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in smaller)
        {
            shared += larger.Contains(word) ? 1 : 0;
        }

        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private static HashSet<string> ArticleWords(ArticleSummary article) =>
        ContentWords.SetOf(string.Join(' ', article.KeySentences.Prepend(article.Title)));
}
