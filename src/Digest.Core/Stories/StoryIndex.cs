using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>
/// Groups articles into stories one at a time. Candidate stories are found through an inverted index
/// from term to the stories that have it, so adding an article costs about the same however many
/// stories exist; the article joins the most similar candidate (IDF-weighted cosine against the story's
/// centroid) when it is similar enough, or starts a new story.
/// </summary>
public sealed class StoryIndex
{
    private readonly StoryGroupingOptions _options;
    private readonly EntityNames _entityNames = new();
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _storiesByTerm = new(StringComparer.Ordinal);
    private readonly List<StoryProfile> _profiles = [];
    private int _documentCount;

    public StoryIndex(StoryGroupingOptions? options = null)
    {
        _options = options ?? StoryGroupingOptions.Default;
    }

    public int StoryCount => _profiles.Count;

    /// <summary>
    /// Posting entries read while looking for candidates, over all articles added so far: the work that
    /// would grow with the number of stories if the index did not bound it (benchmarks and tests watch it).
    /// </summary>
    internal long PostingsRead { get; private set; }

    public IReadOnlyList<Story> Stories => _profiles.Select(p => new Story(p.Id, [.. p.Articles])).ToList();

    /// <summary>Adds an article and returns the id of the story it joined or started.</summary>
    public int Add(ArticleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var terms = SalientTerms.Of(summary, _entityNames);
        _documentCount++;
        foreach (var term in terms.Keys)
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }

        var best = BestCandidate(terms);
        var profile = best ?? NewProfile();
        foreach (var term in profile.Add(summary, terms))
        {
            PostingOf(term).Add(profile.Id);
        }

        if (profile.TermSums.Count > 2 * _options.ProfileSize)
        {
            foreach (var term in profile.Prune(_options.ProfileSize))
            {
                _storiesByTerm[term].Remove(profile.Id);
            }
        }

        return profile.Id;
    }

    private StoryProfile? BestCandidate(Dictionary<string, double> terms)
    {
        var articleVector = terms.ToDictionary(t => t.Key, t => t.Value * Idf(t.Key), StringComparer.Ordinal);
        var articleNorm = Math.Sqrt(articleVector.Values.Sum(v => v * v));
        if (articleNorm == 0)
        {
            return null;
        }

        var partialScores = new Dictionary<int, double>();
        foreach (var (term, weight) in articleVector)
        {
            if (!_storiesByTerm.TryGetValue(term, out var stories))
            {
                continue;
            }

            // A term many stories share narrows little down; only its most recent stories are looked up,
            // which bounds the work per article however many stories there are.
            var recent = stories.Count <= _options.MaxPostingLength ? stories : stories[^_options.MaxPostingLength..];
            PostingsRead += recent.Count;
            foreach (var id in recent)
            {
                partialScores[id] = partialScores.GetValueOrDefault(id) + (weight * _profiles[id].CentroidWeight(term) * Idf(term));
            }
        }

        StoryProfile? best = null;
        var bestScore = _options.SimilarityThreshold;
        foreach (var id in partialScores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(_options.MaxCandidates).Select(s => s.Key).Order())
        {
            var profile = _profiles[id];
            var score = Cosine(articleVector, articleNorm, profile);
            if (score >= bestScore && (best is null || score > bestScore))
            {
                best = profile;
                bestScore = score;
            }
        }

        return best;
    }

    private double Cosine(Dictionary<string, double> articleVector, double articleNorm, StoryProfile profile)
    {
        // The norm is cached until the story changes or the corpus has grown by a tenth: IDF drifts
        // little in between, and recomputing on every comparison would make adding cost a story's size.
        if (profile.CachedNorm is not { } cached || _documentCount > cached.DocumentCount * 1.1)
        {
            cached = (Math.Sqrt(profile.TermSums.Keys.Sum(t => Math.Pow(profile.CentroidWeight(t) * Idf(t), 2))), _documentCount);
            profile.CachedNorm = cached;
        }

        var storyNorm = cached.Norm;
        if (storyNorm == 0)
        {
            return 0;
        }

        var dot = articleVector.Sum(t => t.Value * profile.CentroidWeight(t.Key) * Idf(t.Key));
        return dot / (articleNorm * storyNorm);
    }

    private double Idf(string term) => Math.Log(1.0 + ((double)_documentCount / Math.Max(1, _documentFrequency.GetValueOrDefault(term))));

    private StoryProfile NewProfile()
    {
        var profile = new StoryProfile(_profiles.Count);
        _profiles.Add(profile);
        return profile;
    }

    private List<int> PostingOf(string term)
    {
        if (!_storiesByTerm.TryGetValue(term, out var stories))
        {
            stories = [];
            _storiesByTerm[term] = stories;
        }

        return stories;
    }
}
