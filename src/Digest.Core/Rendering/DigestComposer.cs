using Digest.Core.Rendering.Model;
using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Rendering;

/// <summary>Groups summaries into stories and renders the digest of how each developed.</summary>
public sealed class DigestComposer
{
    public const string HtmlTemplate = "digest.html.scriban";
    public const string TextTemplate = "digest.txt.scriban";

    private readonly TemplateRenderer _renderer;
    private readonly DigestOptions _options;

    public DigestComposer()
        : this(EmbeddedTemplateSource.Instance)
    {
    }

    public DigestComposer(ITemplateSource templates, DigestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _renderer = new TemplateRenderer(templates);
        _options = options ?? DigestOptions.Default;
    }

    public RenderedDigest Compose(IReadOnlyList<ArticleSummary> summaries, DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(request);
        var model = BuildModel(summaries, request);
        return new RenderedDigest(
            SubjectLine.Of(model, DigestModelBuilder.FormatDate(request.GeneratedAt)),
            _renderer.Render(HtmlTemplate, model, escapeHtml: true),
            _renderer.Render(TextTemplate, model, escapeHtml: false),
            SummaryJson.Serialize(model));
    }

    /// <summary>The model the templates render: stories with new developments first, then the larger, then the more recent.</summary>
    public DigestModel BuildModel(IReadOnlyList<ArticleSummary> summaries, DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(request);
        var builder = new DigestModelBuilder(request);
        var reports = new StoryGrouper(_options.Grouping).Group(summaries)
            .Select(s => StoryReport.Build(s, _options.Report))
            .OrderByDescending(r => r.Timeline.Developments.Count(d => builder.IsNew(d.Date, d.Sources)))
            .ThenByDescending(r => r.Story.Articles.Count)
            .ThenByDescending(r => r.Story.LatestPublished)
            .ThenBy(r => r.Story.Id)
            .Take(_options.MaxStories)
            .ToList();
        return builder.Build(reports);
    }
}
