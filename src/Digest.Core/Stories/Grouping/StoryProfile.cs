using Digest.Core.Summaries;

namespace Digest.Core.Stories.Grouping;

/// <summary>A story while it is being grouped: its articles, the summed weights of its heaviest terms and when it last had news.</summary>
internal sealed class StoryProfile(int id)
{
    private readonly List<ArticleSummary> _articles = [];

    public int Id { get; } = id;

    public IReadOnlyList<ArticleSummary> Articles => _articles;

    public int ArticleCount => _articles.Count;

    /// <summary>Summed normalised term weights over the articles; divided by the article count this is the story's centroid.</summary>
    public Dictionary<int, double> TermSums { get; } = [];

    /// <summary>The latest publication date among the articles, or null when none is dated.</summary>
    public DateOnly? LatestPublished { get; private set; }

    /// <summary>The earliest publication date among the articles, or null when none is dated: with <see cref="LatestPublished"/>, the period the story covers.</summary>
    public DateOnly? EarliestPublished { get; private set; }

    /// <summary>
    /// The day the story's newest article arrived, when the index was told (a digest run passes the day it first saw each
    /// article); null when grouped in one batch, where <see cref="LatestPublished"/> stands in.
    /// </summary>
    public DateOnly? LastArrival { get; set; }

    /// <summary>The day the story last had news: its newest article's arrival, or failing that its latest publication date.</summary>
    public DateOnly? LastActive => LastArrival ?? LatestPublished;

    /// <summary>The centroid's IDF-weighted length when last computed, and the corpus size then; null after the story changed.</summary>
    public StoryNormState? CachedNorm { get; set; }

    /// <summary>The story's most repeated terms when last computed; null after the story changed.</summary>
    public Dictionary<int, double>? CachedCore { get; set; }

    public double CentroidWeight(int term) => TermSums.GetValueOrDefault(term) / _articles.Count;

    /// <summary>Adds an article and its weights.</summary>
    public void Add(ArticleSummary summary, IReadOnlyList<(int Term, double Weight)> vector)
    {
        _articles.Add(summary);
        LatestPublished = Later(LatestPublished, PublishedOf(summary));
        EarliestPublished = Earlier(EarliestPublished, PublishedOf(summary));
        AddTerms(vector);
    }

    /// <summary>Takes in another story's articles and terms.</summary>
    public void Absorb(StoryProfile other)
    {
        _articles.AddRange(other._articles);
        LatestPublished = Later(LatestPublished, other.LatestPublished);
        EarliestPublished = Earlier(EarliestPublished, other.EarliestPublished);
        LastArrival = Later(LastArrival, other.LastArrival);
        AddTerms(other.TermSums.Select(t => (t.Key, t.Value)));
    }

    /// <summary>Replaces the articles and terms, for when an article leaves and the rest are summed again.</summary>
    public void Reset(IReadOnlyList<ArticleSummary> articles, IEnumerable<IReadOnlyList<(int Term, double Weight)>> vectors)
    {
        _articles.Clear();
        TermSums.Clear();
        LatestPublished = null;
        EarliestPublished = null;
        foreach (var (article, vector) in articles.Zip(vectors))
        {
            Add(article, vector);
        }
    }

    /// <summary>Drops all but the <paramref name="keep"/> heaviest terms and returns the dropped ones.</summary>
    public IReadOnlyList<int> Prune(int keep, TermVocabulary vocabulary)
    {
        var dropped = TermSums
            .Select(t => (Term: t.Key, Weight: t.Value))
            .Order(vocabulary.HeaviestFirst)
            .Skip(keep)
            .Select(t => t.Term)
            .ToList();
        foreach (var term in dropped)
        {
            TermSums.Remove(term);
        }

        CachedNorm = null;
        CachedCore = null;
        return dropped;
    }

    public StoryState Export(TermVocabulary vocabulary) =>
        new(Id, [.. _articles.Select(a => a.Name)], TermSums.ToDictionary(t => vocabulary.NameOf(t.Key), t => t.Value, StringComparer.Ordinal), LatestPublished, CachedNorm, LastArrival);

    public static StoryProfile Import(StoryState state, IEnumerable<ArticleSummary> articles, TermVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var profile = new StoryProfile(state.Id) { LatestPublished = state.LatestPublished, CachedNorm = state.Norm, LastArrival = state.LastArrival };
        profile._articles.AddRange(articles);

        // Not stored: the members' dates give it, and an index stored before it was kept imports the same way.
        profile.EarliestPublished = profile._articles.Select(PublishedOf).Aggregate((DateOnly?)null, Earlier);
        foreach (var (term, sum) in state.TermSums)
        {
            profile.TermSums[vocabulary.IdOf(term)] = sum;
        }

        return profile;
    }

    /// <summary>The day an article counts as news for its story: the end of its publication date, as <see cref="Story.LatestPublished"/> reads it.</summary>
    public static DateOnly? PublishedOf(ArticleSummary summary) => EventDate.Of(summary.Published)?.End;

    private void AddTerms(IEnumerable<(int Term, double Weight)> weights)
    {
        CachedNorm = null;
        CachedCore = null;
        foreach (var (term, weight) in weights)
        {
            if (!TermSums.TryAdd(term, weight))
            {
                TermSums[term] += weight;
            }
        }
    }

    /// <summary>
    /// Days from <paramref name="day"/> to the period the story covers, before or after it; 0 inside it, or when either
    /// side is undated.
    /// </summary>
    public int DaysFrom(DateOnly? day) =>
        day is not { } d || EarliestPublished is not { } first || LatestPublished is not { } last ? 0
        : d < first ? first.DayNumber - d.DayNumber
        : d > last ? d.DayNumber - last.DayNumber
        : 0;

    /// <summary>Whether the story and <paramref name="day"/> are both dated and the day lies within <paramref name="days"/> of the story's period.</summary>
    public bool IsNear(DateOnly? day, int days) => day is not null && EarliestPublished is not null && DaysFrom(day) <= days;

    /// <summary>Whether both stories are dated and their periods lie within <paramref name="days"/> of each other.</summary>
    public bool IsNear(StoryProfile other, int days) => EarliestPublished is not null && other.EarliestPublished is not null && DaysFrom(other) <= days;

    /// <summary>Days between the periods two stories cover; 0 when they overlap or either is undated.</summary>
    public int DaysFrom(StoryProfile other) =>
        EarliestPublished is not { } first || LatestPublished is not { } last || other.EarliestPublished is not { } otherFirst || other.LatestPublished is not { } otherLast
            ? 0
            : Math.Max(0, Math.Max(otherFirst.DayNumber - last.DayNumber, first.DayNumber - otherLast.DayNumber));

    public static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    public static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
