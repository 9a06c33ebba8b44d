using System.Globalization;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;
using Digest.Core.Stories.Figures;

namespace Digest.Core.Digests;

/// <summary>
/// Turns story reports into the model the templates render, deciding what is new since the previous digest. Every list
/// it makes is bounded by <see cref="DigestOptions"/>, so a story of thousands of articles renders as briefly as one of five.
/// </summary>
internal sealed class DigestModelBuilder
{
    private readonly DigestRequest _request;
    private readonly NewsCutoff _cutoff;
    private readonly DigestOptions _options;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<SourceModel> _sources = [];

    public DigestModelBuilder(DigestRequest request, DigestOptions options)
    {
        _request = request;
        _cutoff = request.Cutoff;
        _options = options;
    }

    /// <summary>The day of the previous digest's cut-off, or null when everything counts as new.</summary>
    private DateOnly? SinceDay => _cutoff.SinceDay;

    /// <summary>The day of <paramref name="at"/> where the reader is (<see cref="DigestOptions.TimeZone"/>).</summary>
    public static string FormatDate(DateTimeOffset at, TimeZoneInfo? zone) =>
        TimeZoneInfo.ConvertTime(at, zone ?? TimeZoneInfo.Utc).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    // Times name their zone, so a reader elsewhere is not misled: "22 Feb 2021 07:00 UTC", "22 Feb 2021 08:00 Europe/Berlin".
    private string FormatMoment(DateTimeOffset at)
    {
        var zone = _options.TimeZone ?? TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " " + (zone.HasSameRules(TimeZoneInfo.Utc) ? "UTC" : zone.Id);
    }

    /// <param name="reports">The stories shown in full, in order.</param>
    /// <param name="more">Further active stories to name in one line, in order.</param>
    /// <param name="moreCount">How many active stories there are beyond <paramref name="reports"/>.</param>
    /// <param name="leftOut">
    /// What the e-mail leaves out of the whole digest to fit the inbox budget: stories shown in full there and not here,
    /// and stories shown here with only their latest entries; null when it leaves nothing out.
    /// </param>
    public DigestModel Build(IReadOnlyList<StoryReport> reports, IReadOnlyList<StoryNews> more, int moreCount, (int MoreStories, int ShortenedStories)? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(more);
        var stories = reports.Select((r, i) => ToStory(r, i + 1)).ToList();
        return new DigestModel(
            $"News digest, {FormatDate(_request.GeneratedAt, _options.TimeZone)}",
            FormatMoment(_request.GeneratedAt),
            _request.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            _request.Since is { } since ? FormatMoment(since) : null,
            stories.Sum(s => s.NewDevelopmentCount),
            SinceDay is null ? [] : stories.SelectMany(Highlights).ToList(),
            stories,
            more.Select(n => new StoryLineModel(n.Story.Headline, PublishedPeriod(n.Story, new Dictionary<string, EventDate>()), n.Story.Articles.Count, n.NewArticles)).ToList(),
            moreCount,
            _sources,
            leftOut is { } left ? FullDigest(left.MoreStories, left.ShortenedStories) : null);
    }

    private FullDigestModel FullDigest(int moreStories, int shortenedStories)
    {
        var link = _request.FullDigest;
        return new FullDigestModel(
            LinkOf(link?.Url),
            link?.StoredAs,
            link?.ExpiresOn is { } expires ? FormatMoment(expires) : null,
            moreStories,
            shortenedStories);
    }

    /// <summary>
    /// The whole digest's address as a link: a web address or a local file, or a file name beside the e-mail's copy (what
    /// <c>digest build</c> writes); anything else, such as "javascript:", is no link.
    /// </summary>
    private static string? LinkOf(string? url) =>
        SafeUrl.Of(url) ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.IsFile ? uri.AbsoluteUri : null
            : Uri.TryCreate(url, UriKind.Relative, out var relative) && !url!.Contains(':', StringComparison.Ordinal) ? relative.OriginalString : null);

    /// <summary>Whether a development is new: reported by an article that is news since the cut-off, or happening after it.</summary>
    public bool IsNew(EventDate date, IEnumerable<SourceRef> sources) =>
        SinceDay is not { } since || date.Position > since || sources.Any(s => _cutoff.IsNew(s.Name, s.Published));

    private StoryModel ToStory(StoryReport report, int id)
    {
        var inferred = report.Timeline.InferredDates;
        var developments = report.Timeline.Developments
            .Select(d =>
            {
                var (links, more) = Cite(d.Sources, inferred);
                var date = d.IsInferred ? $"≈ {d.Date}" : d.Date.ToString();
                return new DevelopmentModel(date, d.Date.Iso, d.Date.Precision.ToString().ToLowerInvariant(), IsNew(d.Date, d.Sources), d.Sentences, links, more, d.IsInferred);
            })
            .ToList();
        var figures = report.Figures.Select(t => ToFigureTrack(t, inferred)).ToList();
        var speakers = report.Quotes.Select(s => new SpeakerModel(
            s.Speaker,
            s.Quotes.Select(q => new QuoteModel(q.Text, DateOf(q.Date, q.Source.Name, inferred), Cite(q.Source, inferred))).ToList())).ToList();
        var (unplaced, moreUnplaced) = Cite(report.Timeline.Unplaced, inferred);
        return new StoryModel(
            id,
            report.Story.Headline,
            Period(report),
            report.Story.Articles.Count,
            developments.Count(d => d.IsNew),
            developments,
            figures,
            speakers,
            unplaced,
            moreUnplaced);
    }

    /// <summary>The span the timeline covers; without dated entries, when the articles were published; "undated" when nothing dates the story.</summary>
    private static string Period(StoryReport report)
    {
        var timeline = report.Timeline.Developments;
        return timeline.Count > 0
            ? EventDate.FormatRange(timeline.Min(d => d.Date), timeline.Max(d => d.Date))
            : PublishedPeriod(report.Story, report.Timeline.InferredDates);
    }

    private static string PublishedPeriod(Story story, IReadOnlyDictionary<string, EventDate> inferred)
    {
        var dates = story.Articles
            .Select(a => ArticleDates.PublishedOf(a) ?? (inferred.TryGetValue(a.Name, out var d) ? d : null))
            .OfType<EventDate>()
            .ToList();
        return dates.Count == 0 ? "undated" : EventDate.FormatRange(dates.Min(), dates.Max());
    }

    private static IEnumerable<HighlightModel> Highlights(StoryModel story)
    {
        var developments = story.Developments
            .Where(d => d.IsNew)
            .Select(d => new HighlightModel(story.Id, story.Headline, d.Date, d.Sentences.FirstOrDefault() ?? string.Empty, d.Sources));
        var figures = story.Figures.SelectMany(track => track.Steps
            .Select((step, i) => (Step: step, Previous: i > 0 ? track.Steps[i - 1] : null))
            .Where(s => s.Step.IsNew && s.Previous is not null)
            .Select(s => new HighlightModel(story.Id, story.Headline, s.Step.Period, $"{track.Label}: {s.Previous!.Value} → {s.Step.Value}", s.Step.Sources)));
        return developments.Concat(figures);
    }

    private FigureTrackModel ToFigureTrack(FigureTrack track, IReadOnlyDictionary<string, EventDate> inferred)
    {
        var max = track.Steps.Max(s => Math.Abs(s.Value));
        var steps = track.Steps.Select(s =>
        {
            var bar = max == 0 ? 1 : (int)Math.Clamp(Math.Round(Math.Abs(s.Value) / max * 100, MidpointRounding.AwayFromZero), 1, 100);
            var (links, more) = Cite(s.Sources, inferred);
            return new FigureStepModel(Value(s.Value, s.Approximate), EventDate.FormatRange(s.From, s.To), bar, 100 - bar, IsNew(s.From, s.Sources), links, more);
        }).ToList();
        var summary = string.Join(" → ", steps.Select(s => $"{s.Value} ({s.Period})"));
        var conflicts = track.Conflicts
            .TakeLast(_options.MaxSourcesPerEntry)
            .Select(c => new FigureConflictModel(
                c.Date.ToString(),
                string.Join("; ", c.Observations.Take(_options.MaxSourcesPerEntry).Select(o => $"{Value(o.Value, o.Approximate)} ({Citation(Cite(o.Source, inferred))})"))))
            .ToList();
        return new FigureTrackModel(track.Label, summary, steps, conflicts);
    }

    private static string Citation(SourceLinkModel link) => $"{link.Label} [{link.Number}]";

    private static string Value(decimal value, bool approximate) =>
        (approximate ? "about " : string.Empty) + value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Cites at most the digest's sources per entry, one article per outlet before a second from any, so a line of
    /// citations shows how widely something was reported; returns how many more there are.
    /// </summary>
    private (List<SourceLinkModel> Links, int More) Cite(IEnumerable<SourceRef> sources, IReadOnlyDictionary<string, EventDate> inferred)
    {
        var distinct = sources.DistinctBy(s => s.Name, StringComparer.Ordinal).ToList();
        var picked = distinct
            .Select((s, i) => (Source: s, Order: i))
            .GroupBy(s => SourceLabel.OutletKey(s.Source.Outlet, s.Source.Url), StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.Select((s, rank) => (s.Source, s.Order, Rank: rank)))
            .OrderBy(s => s.Rank)
            .ThenBy(s => s.Order)
            .Take(_options.MaxSourcesPerEntry)
            .OrderBy(s => s.Order)
            .Select(s => Cite(s.Source, inferred))
            .ToList();
        return (picked, distinct.Count - picked.Count);
    }

    private SourceLinkModel Cite(SourceRef source, IReadOnlyDictionary<string, EventDate> inferred)
    {
        var url = SafeUrl.Of(source.Url);
        var date = DateOf(source.Published, source.Name, inferred);
        if (!_numbers.TryGetValue(source.Name, out var number))
        {
            number = _numbers.Count + 1;
            _numbers[source.Name] = number;

            // A source without a headline is listed by its web site, or as the report of its day.
            var title = source.Title.Length > 0 ? source.Title : SourceLabel.Of(null, null, source.Url, date);
            _sources.Add(new SourceModel(number, source.Name, title, source.Outlet, source.Byline, date, url));
        }

        return new SourceLinkModel(number, source.Name, SourceLabel.Of(source.Outlet, source.Title, source.Url, date), url);
    }

    private static string DateOf(EventDate? date, string articleName, IReadOnlyDictionary<string, EventDate> inferred) =>
        date?.ToString() ?? (inferred.TryGetValue(articleName, out var placed) ? $"≈ {placed}" : "undated");
}
