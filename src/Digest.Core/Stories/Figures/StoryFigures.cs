using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories.Figures;

/// <summary>Tracks a story's figures over time: one track per counted thing and subject, changes as steps, disagreements flagged.</summary>
internal static partial class StoryFigures
{
    // Subjects share a track when most of their words agree: "NATO mission in Iraq" and
    // "NATO training mission in Iraq" do; "Resolute Support mission in Afghanistan" does not.
    private const double SameSubject = 0.5;

    // One turn back (a toll corrected down, then rising again) is news; a second is several quantities reported under one
    // name. Allowing turns at up to half of a track's chances let through, on Timeline17, "claims ($)" 700M → 81M → 368M →
    // 1.45B → 1.55B → 399M → 126M and "gallons per day" 4.2M → 4.6M → 4.2M → 4.6M, both several quantities.
    private const int MaxReversals = 1;

    // A figure can be corrected the day it is first reported, but one that changes at more than half its steps without the
    // day changing is several counts (one per country, per agency) reported side by side.
    private const double MaxSameDayShare = 0.5;

    // Between two reports one quantity grows or shrinks by less than tenfold (a mission from 500 to 4,000, a leak's
    // estimate from 5,000 to 60,000 barrels a day in four steps); a leap of ten times or more is two quantities of
    // different sizes under one name (42,000 men in 2006, 11 men in 2010).
    private const decimal MaxLeap = 10m;

    // A value dated this long before the story's first article is history the story is measured against (Piper Alpha's
    // 167 dead in 1988 beside the 11 of 2010), not an earlier step of its own figure, which a background paragraph dates
    // a year or so back ("In 2018, NATO agreed to start a training mission … of around 500 troops").
    private const int HistoryYears = 2;

    // Values within this share of each other are the same figure rounded differently.
    private const decimal SameValue = 0.05m;

    /// <summary>
    /// The tracks more than one article reports, most reported first; a figure one article mentions in passing is not a
    /// trend, one that names nothing it counts (a bare "40 percent", "$15 million") is none a reader can follow, and one
    /// that held years before the story's first report is history it is compared with, not a step of the story.
    /// </summary>
    /// <param name="story">The story.</param>
    /// <param name="timeline">
    /// The story's timeline, if built: an undated article's figures hold at the date of the development it was placed with.
    /// </param>
    public static IReadOnlyList<FigureTrack> Track(Story story, StoryTimeline? timeline = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var articles = story.Articles.Order(ArticleOrder.Instance).ToList();
        var placedOn = (timeline?.Developments ?? [])
            .SelectMany(d => d.Sources.Select(s => (s.Name, d.Date)))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(p => p.Date), StringComparer.Ordinal);
        var dated = articles
            .SelectMany(a => a.Figures.Where(f => f.Counts is not null).Select(f => (Figure: f, Observation: Observe(a, f, placedOn.TryGetValue(a.Name, out var d) ? d : null))))
            .Where(o => o.Observation is not null)
            .ToList();

        // The story's time begins when its first article appeared; of a story none of whose articles is dated, the latest
        // date its figures hold at is the best guess of when it happens, the earlier ones being its background.
        var storyTime = articles.Select(a => ArticleDates.PublishedOf(a)?.Start).Min()
            ?? (dated.Count > 0 ? dated.Max(o => o.Observation!.Date.Start) : null);
        var history = storyTime?.AddYears(-HistoryYears);
        var observed = dated
            .Where(o => !(o.Observation!.Date.End < history))
            .Select(o => (o.Figure, Observation: o.Observation!, Key: FigureUnits.Classify(o.Figure.Counts!), SubjectWords: ContentWords.SetOf(o.Figure.Subject)))

            // Most specific subjects first, so a bare "NATO" finds the "NATO training mission in Iraq" it is short for.
            .OrderByDescending(o => o.SubjectWords.Count)
            .ToList();
        var groups = new List<(string Key, HashSet<string> SubjectWords, List<(Figure Figure, FigureObservation Observation)> Items)>();
        foreach (var (figure, observation, key, subjectWords) in observed)
        {
            var index = groups.FindIndex(g => g.Key == key && SameSubjectAs(g.SubjectWords, subjectWords));
            if (index < 0)
            {
                groups.Add((key, new HashSet<string>(subjectWords, StringComparer.Ordinal), []));
                index = groups.Count - 1;
            }

            groups[index].SubjectWords.UnionWith(subjectWords);
            groups[index].Items.Add((figure, observation));
        }

        return groups
            .Where(g => g.Items.Select(i => i.Observation.Source).Distinct().Count() > 1)
            .Select(g => ToTrack(g.Items))
            .OrderByDescending(t => t.Observations.Select(o => o.Source).Distinct().Count())
            .ToList();
    }

    /// <summary>
    /// Whether a reader can follow the track as one figure changing: it changes at least once, and it moves like one
    /// quantity: it neither turns back more than once (4,900,000 → 10 → 630,000 → 10 barrels) nor changes mostly
    /// within a day (17,410 → 229 → 21,940 cases on 30 June), nor leaps tenfold from one value to the next (11 → 407 →
    /// 35,000 → 452), which is what several quantities reported under one name look like in a story of hundreds of articles.
    /// </summary>
    public static bool CanBeFollowed(FigureTrack track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.Steps.Count < 2)
        {
            return false;
        }

        var changes = track.Steps.Zip(track.Steps.Skip(1)).ToList();
        if (changes.Count(c => c.First.From == c.Second.From) > MaxSameDayShare * changes.Count)
        {
            return false;
        }

        if (changes.Any(c => Ratio(c.First.Value, c.Second.Value) is var r && (r >= MaxLeap || r <= 1 / MaxLeap)))
        {
            return false;
        }

        var directions = changes.Select(c => Math.Sign(c.Second.Value - c.First.Value)).ToList();
        var reversals = directions.Zip(directions.Skip(1), (a, b) => a != b).Count(turned => turned);
        return reversals <= MaxReversals;
    }

    // How many times the later value is the earlier, a zero counted as one so that 0 → 5 is a leap and not a division.
    private static decimal Ratio(decimal from, decimal to) => Math.Max(Math.Abs(to), 1) / Math.Max(Math.Abs(from), 1);

    private static FigureTrack ToTrack(List<(Figure Figure, FigureObservation Observation)> items)
    {
        // Whose the figure is, only when more of its reports say so than name no one or another: a "UK" one report puts
        // before "dead" is not the subject of all the others' dead.
        var subject = items
            .GroupBy(i => i.Figure.Subject, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key is null ? 0 : 1)
            .Select(g => g.Key)
            .First();
        var counts = items
            .GroupBy(i => i.Figure.Counts!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .First();

        // A subject written just before what it counts reads as one phrase ("US troops"); one named elsewhere in the
        // sentence ("the NATO training mission in Iraq … 4,000 personnel") is set apart.
        var label = subject is null ? counts
            : items.Any(i => i.Figure.Sentence.Contains($"{subject} {FirstWord(counts)}", StringComparison.Ordinal)) ? $"{subject} {counts}"
            : $"{subject}, {counts}";
        var observations = items.Select(i => i.Observation).OrderBy(o => o.Date).ToList();

        // A value given only as the starting point of a change says nothing about when it held, so it
        // neither starts nor stretches a step; it stays among the observations, where it agrees with the step before.
        var steps = new List<FigureStep>();
        foreach (var observation in observations.Where(o => !o.IsPrior))
        {
            var last = steps.LastOrDefault();
            if (last is not null && Same(last.Value, observation.Value))
            {
                steps[^1] = last with
                {
                    Approximate = last.Approximate || observation.Approximate,
                    To = observation.Date > last.To ? observation.Date : last.To,
                    Sources = last.Sources.Append(observation.Source).Distinct().ToList(),
                };
            }
            else
            {
                steps.Add(new FigureStep(observation.Value, observation.Approximate, observation.Date, observation.Date, [observation.Source]));
            }
        }

        var conflicts = observations
            .Where(o => !o.IsPrior)
            .GroupBy(o => o.Date)
            .Where(g => g.Select(o => o.Source).Distinct().Count() > 1 && !g.All(o => Same(g.First().Value, o.Value)))
            .Select(g => new FigureConflict(g.Key, [.. g]))
            .ToList();
        return new FigureTrack(label, subject, counts, steps, conflicts, observations);
    }

    private static FigureObservation? Observe(ArticleSummary article, Figure figure, EventDate? placedOn)
    {
        var published = ArticleDates.PublishedOf(article);
        var figureAt = figure.Sentence.IndexOf(figure.Text, StringComparison.Ordinal);

        // The figure holds at the date its sentence names nearest to it; failing that, when the article appeared.
        var date = article.Dates
            .Where(d => d.Sentence == figure.Sentence && (published is null || EventDate.Of(d).Start <= published.Value.End))
            .OrderBy(d => Math.Abs(d.Sentence.IndexOf(d.Text, StringComparison.Ordinal) - figureAt))
            .Select(d => (EventDate?)EventDate.Of(d))
            .FirstOrDefault() ?? published ?? placedOn;
        return date is null
            ? null
            : new FigureObservation(figure.Value, figure.Approximate, date.Value, figure.Text, SourceRef.Of(article), IsPrior(figure, figureAt));
    }

    private static bool IsPrior(Figure figure, int figureAt)
    {
        if (figureAt < 0)
        {
            return false;
        }

        // The parser may keep the whole change as the figure's text ("from 500 to around 4,000 personnel").
        if (FromToChange().Match(figure.Text) is { Success: true } change)
        {
            return change.Groups["from"].Value.Replace(",", string.Empty, StringComparison.Ordinal).Contains(Number(figure.Value), StringComparison.Ordinal);
        }

        var before = figure.Sentence[..figureAt].TrimEnd();
        var after = figure.Sentence[(figureAt + figure.Text.Length)..].TrimStart();
        return before.EndsWith(" from", StringComparison.OrdinalIgnoreCase) && after.StartsWith("to ", StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    private static string Number(decimal value) =>
        value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^from\s+(?<from>[^\s]+(?:\s+[^\s]+)?)\s+to\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FromToChange();

    private static bool Same(decimal a, decimal b) =>
        a == b || Math.Abs(a - b) <= SameValue * Math.Max(Math.Abs(a), Math.Abs(b));

    // A subject that adds nothing to the track's words ("NATO" beside "NATO training mission in Iraq") is the same one, said briefly.
    private static bool SameSubjectAs(HashSet<string> track, HashSet<string> subject) =>
        Jaccard(track, subject) >= SameSubject || (subject.Count > 0 && subject.IsSubsetOf(track));

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 1 : (double)a.Count(b.Contains) / union;
    }
}
