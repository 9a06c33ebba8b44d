using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A story while it is being grouped: its articles, the summed weights of its heaviest terms and when it last had news.</summary>
internal sealed class StoryProfile(int id)
{
    private readonly List<ArticleSummary> _articles = [];

    public int Id { get; } = id;

    public IReadOnlyList<ArticleSummary> Articles => _articles;

    /// <summary>Summed normalised term weights over the articles; divided by the article count this is the story's centroid.</summary>
    public Dictionary<string, double> TermSums { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest publication date among the articles, or null when none is dated.</summary>
    public DateOnly? LatestPublished { get; private set; }

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
    public Dictionary<string, double>? CachedCore { get; set; }

    public double CentroidWeight(string term) => TermSums.GetValueOrDefault(term) / _articles.Count;

    /// <summary>Adds an article and returns the terms the story did not have before.</summary>
    public IReadOnlyList<string> Add(ArticleSummary summary, IReadOnlyDictionary<string, double> vector)
    {
        _articles.Add(summary);
        LatestPublished = Later(LatestPublished, PublishedOf(summary));
        return AddTerms(vector);
    }

    /// <summary>Takes in another story's articles and terms and returns the terms this story did not have before.</summary>
    public IReadOnlyList<string> Absorb(StoryProfile other)
    {
        _articles.AddRange(other._articles);
        LatestPublished = Later(LatestPublished, other.LatestPublished);
        LastArrival = Later(LastArrival, other.LastArrival);
        return AddTerms(other.TermSums);
    }

    /// <summary>Replaces the articles and terms, for when an article leaves and the rest are summed again.</summary>
    public void Reset(IReadOnlyList<ArticleSummary> articles, IEnumerable<IReadOnlyDictionary<string, double>> vectors)
    {
        _articles.Clear();
        TermSums.Clear();
        LatestPublished = null;
        foreach (var (article, vector) in articles.Zip(vectors))
        {
            Add(article, vector);
        }
    }

    /// <summary>Drops all but the <paramref name="keep"/> heaviest terms and returns the dropped ones.</summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        var dropped = TermSums
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Skip(keep)
            .Select(t => t.Key)
            .ToList();
        foreach (var term in dropped)
        {
            TermSums.Remove(term);
        }

        CachedNorm = null;
        CachedCore = null;
        return dropped;
    }

    public StoryState Export() =>
        new(Id, [.. _articles.Select(a => a.Name)], new Dictionary<string, double>(TermSums, StringComparer.Ordinal), LatestPublished, CachedNorm, LastArrival);

    public static StoryProfile Import(StoryState state, IEnumerable<ArticleSummary> articles)
    {
        ArgumentNullException.ThrowIfNull(state);
        var profile = new StoryProfile(state.Id) { LatestPublished = state.LatestPublished, CachedNorm = state.Norm, LastArrival = state.LastArrival };
        profile._articles.AddRange(articles);
        foreach (var (term, sum) in state.TermSums)
        {
            profile.TermSums[term] = sum;
        }

        return profile;
    }

    /// <summary>The day an article counts as news for its story: the end of its publication date, as <see cref="Story.LatestPublished"/> reads it.</summary>
    public static DateOnly? PublishedOf(ArticleSummary summary) => EventDate.Of(summary.Published)?.End;

    private List<string> AddTerms(IEnumerable<KeyValuePair<string, double>> weights)
    {
        CachedNorm = null;
        CachedCore = null;
        var added = new List<string>();
        foreach (var (term, weight) in weights)
        {
            if (!TermSums.TryAdd(term, weight))
            {
                TermSums[term] += weight;
            }
            else
            {
                added.Add(term);
            }
        }

        return added;
    }

    public static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
