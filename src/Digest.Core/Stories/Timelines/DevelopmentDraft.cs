namespace Digest.Core.Stories.Timelines;

/// <summary>Reports gathered as one development while a timeline is built.</summary>
internal sealed class DevelopmentDraft
{
    private readonly List<DatedReport> _reports = [];
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<SourceRef> _undatedSources = [];
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private DatedReport _dating;

    // _words holds the words of this many first reports: a story has hundreds of dates, and only the few kept are ever
    // asked for their words.
    private int _reportsInWords;

    public DevelopmentDraft(DatedReport first)
    {
        _dating = first;
        Add(first);
    }

    public IReadOnlyList<DatedReport> Reports => _reports;

    public IReadOnlySet<string> Words
    {
        get
        {
            for (; _reportsInWords < _reports.Count; _reportsInWords++)
            {
                _words.UnionWith(_reports[_reportsInWords].Words);
            }

            return _words;
        }
    }

    public IReadOnlyList<SourceRef> UndatedSources => _undatedSources;

    /// <summary>The date the reports agree on; see <see cref="DatesBetter"/>.</summary>
    public EventDate Date => _dating.Date;

    public void Add(DatedReport report)
    {
        if (DatesBetter(report, _dating))
        {
            _dating = report;
        }

        _reports.Add(report);
        _articles.Add(report.Source.Name);
    }

    public void AddUndated(SourceRef source) => _undatedSources.Add(source);

    public bool HasArticle(SourceRef source) => _articles.Contains(source.Name);

    /// <summary>Whether only the story supports the date: every report of it is dated by inference.</summary>
    public bool IsInferred => _reports.All(r => r.IsInferred);

    // A date a sentence names beats a publication date, a finer date beats a coarser one, and the
    // earliest wins ties because later reports of an event tend to be follow-ups.
    private static bool DatesBetter(DatedReport candidate, DatedReport current) =>
        (candidate.FromMention, -(int)candidate.Date.Precision, -candidate.Date.Position.DayNumber)
            .CompareTo((current.FromMention, -(int)current.Date.Precision, -current.Date.Position.DayNumber)) > 0;
}
