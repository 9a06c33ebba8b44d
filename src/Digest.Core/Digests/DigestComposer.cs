using System.Text;
using Digest.Core.Rendering;
using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

namespace Digest.Core.Digests;

/// <summary>Renders the digest of how each story developed, from summaries or from stories already grouped.</summary>
public sealed class DigestComposer
{
    public const string HtmlTemplate = "digest.html.scriban";
    public const string TextTemplate = "digest.txt.scriban";

    private readonly TemplateRenderer _renderer;

    public DigestComposer()
        : this(EmbeddedTemplateSource.Instance)
    {
    }

    /// <summary>
    /// Reads and parses the templates at once, so a template with a syntax error fails here, when a host starts, with a
    /// <see cref="DigestTemplateException"/> naming the file, line and error. (A name the model lacks can only show when a
    /// digest renders: a trial render of an empty digest would also reject sound templates such as one that shows
    /// <c>digest.stories[0]</c>.)
    /// </summary>
    public DigestComposer(ITemplateSource templates, DigestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _renderer = new TemplateRenderer(templates, [HtmlTemplate, TextTemplate]);
        Options = options ?? DigestOptions.Default;
    }

    public DigestOptions Options { get; }

    /// <summary>Groups the summaries into stories and renders the digest.</summary>
    public RenderedDigest Compose(IReadOnlyList<ArticleSummary> summaries, DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        return ComposeStories(new StoryGrouper(Options.Grouping).Group(summaries), request);
    }

    /// <summary>Renders the digest of stories already grouped (the persisted story index's).</summary>
    public RenderedDigest ComposeStories(IReadOnlyList<Story> stories, DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(request);
        var (ranked, reports) = Ranked(stories, request);

        // Within the byte budget, the lowest entries give way first, then the lowest stories: the stories after the first
        // keep their latest entries, as many as fit (down to MinEntriesKept); past that, fewer stories are shown in full.
        // Each render grows with what it shows, so binary searches find the most that fits in a few renders, and a digest
        // that fits renders once.
        var whole = Render(ranked, reports, reports.Count, request, leftOut: null);
        if (Fits(whole))
        {
            return whole;
        }

        // The e-mail then says what it left out and links to the whole digest, which is stored beside it.
        var most = reports.Skip(1).Select(r => r.Timeline.Developments.Count).DefaultIfEmpty(0).Max();
        var trimmed = Largest(MinEntriesKept, most - 1, n => Render(ranked, Shortened(reports, n), reports.Count, request, LeftOut(reports, reports.Count, n)));
        if (trimmed is not null)
        {
            return trimmed with { Full = whole };
        }

        var shortest = Shortened(reports, MinEntriesKept);
        var fewer = Largest(1, reports.Count - 1, n => Render(ranked, shortest, n, request, LeftOut(reports, n, MinEntriesKept)));
        return (fewer ?? Render(ranked, shortest, 0, request, LeftOut(reports, 0, MinEntriesKept))) with { Full = whole };
    }

    /// <summary>What an e-mail showing <paramref name="shown"/> stories, those after the first cut to <paramref name="entries"/> entries, leaves out.</summary>
    private static (int MoreStories, int ShortenedStories) LeftOut(IReadOnlyList<StoryReport> reports, int shown, int entries) =>
        (reports.Count - shown, reports.Take(shown).Skip(1).Count(r => r.Timeline.Developments.Count > entries));

    // The latest three entries of a story still say where it stands; fewer would make it a line of the list below.
    private const int MinEntriesKept = 3;

    /// <summary>The render of the largest value in [low, high] that fits the budget (renders grow with it), or null.</summary>
    private RenderedDigest? Largest(int low, int high, Func<int, RenderedDigest> render)
    {
        RenderedDigest? best = null;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var attempt = render(middle);
            if (Fits(attempt))
            {
                best = attempt;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return best;
    }

    /// <summary>The reports with every story but the first cut to its latest <paramref name="entries"/> timeline entries.</summary>
    private static List<StoryReport> Shortened(IReadOnlyList<StoryReport> reports, int entries) =>
        [.. reports.Select((r, i) => i == 0 || r.Timeline.Developments.Count <= entries
            ? r
            : r with { Timeline = r.Timeline with { Developments = [.. r.Timeline.Developments.TakeLast(entries)] } })];

    private bool Fits(RenderedDigest digest) =>
        Encoding.UTF8.GetByteCount(digest.Html) <= Options.MaxPartBytes && Encoding.UTF8.GetByteCount(digest.Text) <= Options.MaxPartBytes;

    private RenderedDigest Render(IReadOnlyList<StoryNews> ranked, IReadOnlyList<StoryReport> reports, int shown, DigestRequest request, (int MoreStories, int ShortenedStories)? leftOut)
    {
        var more = ranked.Skip(shown).ToList();
        var model = new DigestModelBuilder(request, Options).Build([.. reports.Take(shown)], more.Take(Options.MaxMoreStories).ToList(), more.Count, leftOut);
        return new RenderedDigest(
            SubjectLine.Of(model, DigestModelBuilder.FormatDate(request.GeneratedAt, Options.TimeZone)),
            StyleClasses.Extract(_renderer.Render(HtmlTemplate, model, escapeHtml: true)),
            _renderer.Render(TextTemplate, model, escapeHtml: false),
            StoredJson.Serialize(model));
    }

    /// <summary>
    /// The stories ranked, and reports of those shown in full. Stories are ranked from their articles alone
    /// (<see cref="StoryNews.Rank"/>), and only the ones shown in full get a timeline, so the cost of a digest grows with
    /// what it shows, not with the archive.
    /// </summary>
    private (IReadOnlyList<StoryNews> Ranked, IReadOnlyList<StoryReport> Reports) Ranked(IReadOnlyList<Story> stories, DigestRequest request)
    {
        var ranked = StoryNews.Rank(stories.Where(s => s.Articles.Count > 0), request.Cutoff);

        // Each shown story's report is read from its own articles alone, and a big story's takes most of a digest's time:
        // they are built side by side, in rank order.
        var reports = ranked.Take(Options.MaxStories).AsParallel().AsOrdered().Select(n => StoryReport.Build(n.Story, Options.Report)).ToList();
        return (ranked, reports);
    }
}
