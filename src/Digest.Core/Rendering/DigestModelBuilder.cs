using System.Globalization;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;

namespace Digest.Core.Rendering;

/// <summary>Turns story reports into the model the templates render, deciding what is new since the previous digest.</summary>
internal sealed class DigestModelBuilder
{
    private readonly DigestRequest _request;
    private readonly DateOnly? _sinceDay;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public DigestModelBuilder(DigestRequest request)
    {
        _request = request;

        // Publication dates carry no time of day, so an article from the day of the previous digest may have
        // missed it; it counts as new, because repeating a development beats losing one.
        _sinceDay = request.Since is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null;
    }

    public static string FormatDate(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public DigestModel Build(IReadOnlyList<StoryReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var sources = new List<SourceModel>();
        foreach (var article in reports.SelectMany(r => r.Story.Articles.Select(SourceRef.Of).OrderBy(s => s.Published?.Position ?? DateOnly.MaxValue).ThenBy(s => s.Name, StringComparer.Ordinal)))
        {
            if (_numbers.TryAdd(article.Name, _numbers.Count + 1))
            {
                sources.Add(new SourceModel(
                    _numbers[article.Name], article.Name, article.Title, article.Outlet, article.Byline,
                    article.Published?.ToString() ?? "undated", SafeUrl.Of(article.Url)));
            }
        }

        var stories = reports.Select((r, i) => ToStory(r, i + 1)).ToList();
        return new DigestModel(
            $"News digest, {FormatDate(_request.GeneratedAt)}",
            _request.GeneratedAt.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
            _request.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            _request.Since?.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
            stories.Sum(s => s.NewDevelopmentCount),
            _sinceDay is null ? [] : stories.SelectMany(Highlights).ToList(),
            stories,
            sources);
    }

    /// <summary>Whether a development is new: reported by an article since the cut-off, or happening after it.</summary>
    public bool IsNew(EventDate date, IEnumerable<SourceRef> sources) =>
        _sinceDay is not { } since || date.Position > since || sources.Any(s => s.Published is { } p && p.End >= since);

    private StoryModel ToStory(StoryReport report, int id)
    {
        var developments = report.Timeline.Developments
            .Select(d => new DevelopmentModel(
                d.Date.ToString(), d.Date.Iso, d.Date.Precision.ToString().ToLowerInvariant(), IsNew(d.Date, d.Sources), d.Sentences, Links(d.Sources)))
            .ToList();
        var timeline = report.Timeline.Developments;
        var period = timeline.Count == 0 ? string.Empty : EventDate.FormatRange(timeline[0].Date, timeline[^1].Date);
        return new StoryModel(
            id,
            report.Story.Headline,
            period,
            report.Story.Articles.Count,
            developments.Count(d => d.IsNew),
            developments,
            report.Figures.Select(ToFigureTrack).ToList(),
            report.Quotes.Select(s => new SpeakerModel(
                s.Speaker,
                s.Quotes.Select(q => new QuoteModel(q.Text, q.Date?.ToString() ?? "undated", Link(q.Source))).ToList())).ToList(),
            Links(report.Timeline.Unplaced));
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

    private FigureTrackModel ToFigureTrack(FigureTrack track)
    {
        var max = track.Steps.Max(s => Math.Abs(s.Value));
        var steps = track.Steps.Select(s =>
        {
            var bar = max == 0 ? 1 : (int)Math.Clamp(Math.Round(Math.Abs(s.Value) / max * 100, MidpointRounding.AwayFromZero), 1, 100);
            return new FigureStepModel(Value(s.Value, s.Approximate), EventDate.FormatRange(s.From, s.To), bar, 100 - bar, IsNew(s.From, s.Sources), Links(s.Sources));
        }).ToList();
        var summary = string.Join(" → ", steps.Select(s => $"{s.Value} ({s.Period})"));
        var conflicts = track.Conflicts
            .Select(c => new FigureConflictModel(
                c.Date.ToString(),
                string.Join("; ", c.Observations.Select(o => $"{Value(o.Value, o.Approximate)} ({o.Source.Name})"))))
            .ToList();
        return new FigureTrackModel($"{track.Subject}, {track.Unit}", summary, steps, conflicts);
    }

    private static string Value(decimal value, bool approximate) =>
        (approximate ? "about " : string.Empty) + value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private List<SourceLinkModel> Links(IEnumerable<SourceRef> sources) => sources.Select(Link).ToList();

    private SourceLinkModel Link(SourceRef source) =>
        new(_numbers.GetValueOrDefault(source.Name), source.Name, source.Outlet ?? source.Byline ?? source.Name, SafeUrl.Of(source.Url));
}
