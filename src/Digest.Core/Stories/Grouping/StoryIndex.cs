using System.Runtime.InteropServices;
using Digest.Core.Summaries;

namespace Digest.Core.Stories.Grouping;

/// <summary>
/// Groups articles into stories one at a time. An article is represented by its heaviest TF-IDF terms (content words of its
/// title and body, and its entities); it joins the story whose centroid is most similar (cosine, discounted the longer the
/// story has gone without news) when that is similar enough, or starts a new story. Similar enough means a report of the
/// story's event (<see cref="StoryGroupingOptions.EventSimilarity"/>), or, for an article dated near the story's period
/// (<see cref="StoryGroupingOptions.NearDays"/>), one of its subject: only time tells a drifting story's next development
/// from another event of its kind. When an article was close to several dated stories within a year of each other and
/// their centroids have converged, they become one. Candidate stories are found through an inverted index from
/// term to the stories that have it, reading only a bounded number of postings, so adding an article costs about the same
/// however many stories exist.
/// </summary>
public sealed class StoryIndex
{
    // A term no other article has used yet links this article to nothing; ranked first, such terms (names, typos) would
    // crowd the shared ones out of the article's vector. They still fill it up when too few others are left (a story's
    // first article), so that later articles can find that story through them.
    private const int MinDocumentFrequency = 2;

    // An article close to a story may show that the story and another close one are the same: its few nearest
    // stories are checked, which keeps the work per article bounded.
    private const int MergeCandidates = 3;

    private readonly StoryGroupingOptions _options;
    private readonly EntityNames _entityNames;
    private readonly TermVocabulary _vocabulary = new();
    private readonly IComparer<ScoredTerm> _sharedThenHeaviest;

    // By term number, the stories that have the term, in ascending order of id, so the newest stories are at the end and an
    // imported index rebuilds exactly the same postings. A posting holds the stories themselves and their sums of the term:
    // reading it is the inner loop of grouping.
    private readonly List<List<StoryPosting>?> _storiesByTerm = [];
    private readonly Dictionary<int, StoryProfile> _profiles = [];
    private readonly Dictionary<string, StoryProfile> _profileByArticle = new(StringComparer.Ordinal);
    // The article being added's partial score with each story by id, the stories that have one, and which article each
    // score belongs to: reused by every article, and an array lookup in the innermost loop of grouping.
    private readonly List<StoryProfile> _scored = [];

    // The postings of the article's terms that were read only in part, and where reading began in each.
    private readonly List<(List<StoryPosting> Posting, int First)> _cutPostings = [];
    private double[] _partialScores = [];
    private int[] _scoredFor = [];
    private int _scoring;
    private int _documentCount;
    private int _nextId;

    public StoryIndex(StoryGroupingOptions? options = null)
        : this(options, new EntityNames())
    {
    }

    private StoryIndex(StoryGroupingOptions? options, EntityNames entityNames)
    {
        _options = options ?? StoryGroupingOptions.Default;
        _entityNames = entityNames;
        _sharedThenHeaviest = Comparer<ScoredTerm>.Create((a, b) =>
            b.Shared.CompareTo(a.Shared) is var byShared and not 0 ? byShared
            : b.Scored.CompareTo(a.Scored) is var byScore and not 0 ? byScore
            : string.CompareOrdinal(_vocabulary.NameOf(a.Term), _vocabulary.NameOf(b.Term)));
    }

    public int StoryCount => _profiles.Count;

    /// <summary>
    /// Posting entries read while looking for candidates, over all articles added so far: the work that
    /// would grow with the number of stories if the index did not bound it (benchmarks and tests watch it).
    /// </summary>
    internal long PostingsRead { get; private set; }

    /// <summary>
    /// Whether every posting holds exactly the stories that have its term, in order of id, each with the sum the story has:
    /// candidates are scored from the postings alone, so a change to a story that left them behind would score it wrongly
    /// without failing (tests check it after adding, replacing, merging, pruning, retiring and importing).
    /// </summary>
    internal bool PostingsAgreeWithStories()
    {
        var expected = _profiles.Values.SelectMany(p => p.TermSums.Select(t => (t.Key, p.Id, t.Value))).Order().ToList();
        var posted = _storiesByTerm.SelectMany((posting, term) => (posting ?? []).Select(e => (term, e.Story.Id, e.Sum))).Order().ToList();
        var ordered = _storiesByTerm.All(p => p is null || p.Zip(p.Skip(1)).All(pair => pair.First.Story.Id < pair.Second.Story.Id));
        return ordered && expected.SequenceEqual(posted);
    }

    /// <summary>The stories in the index by id, each with its articles oldest first.</summary>
    public IReadOnlyList<Story> Stories =>
        _profiles.Values.OrderBy(p => p.Id).Select(p => new Story(p.Id, [.. p.Articles.Order(ArticleOrder.Instance)])).ToList();

    /// <summary>
    /// Adds an article and returns the id of the story it joined or started (or that story's id after it merged into an older one).
    /// An article whose name the index already holds replaces the earlier version.
    /// </summary>
    public int Add(ArticleSummary summary) => Add(summary, arrivedOn: null);

    /// <summary>
    /// Adds an article that arrived on <paramref name="arrivedOn"/> (the day a digest run first saw it): retirement goes by
    /// arrival, so an archive loaded today is news today, and a story quiet for the retirement window leaves however its
    /// articles are dated. Returns the id of the story it joined or started.
    /// </summary>
    public int Add(ArticleSummary summary, DateOnly? arrivedOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Remove(summary.Name);
        var terms = TermsOf(summary);
        _documentCount++;
        foreach (var (term, _) in terms)
        {
            _vocabulary.AddDocumentFrequency(term, 1);
        }

        var vector = VectorOf(terms);
        var published = StoryProfile.PublishedOf(summary);
        var candidates = ScoredCandidates(vector, published);
        var core = Core(vector, _options.CoreTermsPerArticle);
        var close = candidates
            .Where(c => c.Profile.DaysFrom(published) > _options.DistantDays ? c.Similarity >= _options.DistantSimilarity
                : c.Score >= _options.EventSimilarity
                || (c.Profile.IsNear(published, _options.NearDays) && c.Score >= _options.SimilarityThreshold
                    && c.Score >= _options.CohesionShare * Math.Min(1, NormOf(c.Profile))
                    && (c.Score >= _options.ConfidentSimilarity || SharesCore(core, c.Profile))))
            .Select(c => c.Profile)
            .ToList();
        var profile = close.Count > 0 ? close[0] : NewProfile();
        profile.Add(summary, vector);
        profile.LastArrival = StoryProfile.Later(profile.LastArrival, arrivedOn);
        _profileByArticle[summary.Name] = profile;
        var dropped = profile.TermSums.Count > 2 * _options.ProfileSize ? profile.Prune(_options.ProfileSize, _vocabulary) : [];
        RemovePostings(profile, dropped);
        UpdatePostings(profile, vector.Select(t => t.Term));

        // An article close to several stories may show that they are one story told from two sides that have since converged.
        foreach (var other in candidates.Take(MergeCandidates).Select(c => c.Profile).Where(p => p != profile))
        {
            // Stories whose periods lie a year apart were each news in their own time, and stories with no dates have nothing to
            // say they are one story rather than two events of one kind: an article may bridge them, it does not fuse them.
            if (_profiles.ContainsKey(other.Id) && _profiles.ContainsKey(profile.Id) && profile.IsNear(other, _options.DistantDays)
                && CentroidCosine(profile, other) >= _options.MergeThreshold
                && SharesCore(Core(CoreOf(profile).Select(t => (t.Key, t.Value)).ToList(), _options.CoreTermsPerArticle), other)
                && SharesCore(Core(CoreOf(other).Select(t => (t.Key, t.Value)).ToList(), _options.CoreTermsPerArticle), profile))
            {
                profile = Merge(profile, other);
            }
        }

        return profile.Id;
    }

    /// <summary>
    /// Drops every story whose newest article arrived (or, when arrivals are unknown, was published) more than
    /// <see cref="StoryGroupingOptions.RetirementDays"/> before <paramref name="asOf"/>, so later articles no longer join it;
    /// returns how many were dropped. Stories with no dated article and no known arrival stay.
    /// </summary>
    public int Retire(DateOnly asOf)
    {
        var cutoff = asOf.AddDays(-_options.RetirementDays);
        var retired = _profiles.Values.Where(p => p.LastActive < cutoff).ToList();
        var retiredIds = retired.Select(p => p.Id).ToHashSet();
        foreach (var term in retired.SelectMany(p => p.TermSums.Keys).Distinct())
        {
            var posting = _storiesByTerm[term]!;
            posting.RemoveAll(p => retiredIds.Contains(p.Story.Id));
            if (posting.Count == 0)
            {
                _storiesByTerm[term] = null;
            }
        }

        foreach (var profile in retired)
        {
            _profiles.Remove(profile.Id);
            foreach (var article in profile.Articles)
            {
                _profileByArticle.Remove(article.Name);
            }
        }

        return retired.Count;
    }

    /// <summary>What the index needs to go on later; it holds the articles' names, not their summaries.</summary>
    public StoryIndexState Export() =>
        new(
            _documentCount,
            _vocabulary.ExportDocumentFrequency(),
            new Dictionary<string, string>(_entityNames.KeyByName, StringComparer.OrdinalIgnoreCase),
            new Dictionary<string, string>(_entityNames.DisplayByKey, StringComparer.Ordinal),
            _nextId,
            [.. _profiles.Values.OrderBy(p => p.Id).Select(p => p.Export(_vocabulary))]);

    /// <summary>
    /// Rebuilds an exported index around the summaries it named. A story member whose summary is missing is dropped and the
    /// story's terms are summed again from the rest; a story left with no members is dropped.
    /// </summary>
    public static StoryIndex Import(StoryIndexState state, IReadOnlyDictionary<string, ArticleSummary> summariesByName, StoryGroupingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(summariesByName);
        var index = new StoryIndex(options, new EntityNames(state.EntityKeys, state.EntityDisplayNames))
        {
            _documentCount = state.DocumentCount,
            _nextId = state.NextStoryId,
        };
        foreach (var (term, frequency) in state.DocumentFrequency)
        {
            index._vocabulary.AddDocumentFrequency(index._vocabulary.IdOf(term), frequency);
        }

        foreach (var story in state.Stories.OrderBy(s => s.Id))
        {
            var articles = story.Members.Where(summariesByName.ContainsKey).Select(name => summariesByName[name]).ToList();
            if (articles.Count == 0)
            {
                continue;
            }

            var profile = StoryProfile.Import(story, articles, index._vocabulary);
            index._profiles[profile.Id] = profile;
            foreach (var article in articles)
            {
                index._profileByArticle[article.Name] = profile;
            }

            if (articles.Count < story.Members.Count)
            {
                index.SumAgain(profile, articles);
            }

            index.Reindex(profile, []);
        }

        return index;
    }

    private void Remove(string name)
    {
        if (!_profileByArticle.Remove(name, out var profile))
        {
            return;
        }

        var old = profile.Articles.First(a => a.Name == name);
        _documentCount--;
        foreach (var (term, _) in TermsOf(old))
        {
            _vocabulary.AddDocumentFrequency(term, -1);
        }

        var before = profile.TermSums.Keys.ToList();
        var rest = profile.Articles.Where(a => a.Name != name).ToList();
        if (rest.Count == 0)
        {
            _profiles.Remove(profile.Id);
            RemovePostings(profile, before);
            return;
        }

        SumAgain(profile, rest);
        Reindex(profile, before);
    }

    // Removing one article's share exactly would need its vector as it was added; summing the rest again with today's
    // IDF costs the story's size, which is fine for the rare re-parsed article.
    private void SumAgain(StoryProfile profile, IReadOnlyList<ArticleSummary> articles) =>
        profile.Reset(articles, articles.Select(a => VectorOf(TermsOf(a))).ToList());

    /// <summary>
    /// Whether the story is mostly about what the core terms are: whether enough of their weight falls on the story's own core.
    /// Stories sharing only background words ("protesters", "United Nations") with an article or with each other are told
    /// apart by what they mostly repeat ("Egypt", "Mubarak" against "Libya", "Gaddafi").
    /// </summary>
    private bool SharesCore(Dictionary<int, double> core, StoryProfile profile)
    {
        var storyCore = CoreOf(profile);
        var total = core.Values.Sum();
        return total == 0 || storyCore.Count == 0 || core.Where(t => storyCore.ContainsKey(t.Key)).Sum(t => t.Value) >= _options.MinCoreShare * total;
    }

    /// <summary>The story's core terms with their centroid weights, kept until the story changes: sorting its terms on every look would cost a story's size per article.</summary>
    private Dictionary<int, double> CoreOf(StoryProfile profile) =>
        profile.CachedCore ??= Core(profile.TermSums.Select(t => (t.Key, t.Value / profile.Articles.Count)), _options.CoreTermsPerStory);

    /// <summary>
    /// The <paramref name="count"/> most repeated terms, by weight without IDF: what a text repeats is what it is about, even
    /// when every text of its story repeats it too.
    /// </summary>
    private Dictionary<int, double> Core(IEnumerable<(int Term, double Weight)> terms, int count) =>
        TopRanked.Of(terms, count, _vocabulary.HeaviestFirst).ToDictionary(t => t.Term, t => t.Weight);

    private StoryProfile Merge(StoryProfile a, StoryProfile b)
    {
        // The older story keeps its id, so ids readers have seen stay valid.
        var (keep, gone) = a.Id < b.Id ? (a, b) : (b, a);
        var before = keep.TermSums.Keys.ToList();
        keep.Absorb(gone);
        foreach (var article in gone.Articles)
        {
            _profileByArticle[article.Name] = keep;
        }

        _profiles.Remove(gone.Id);
        RemovePostings(gone, gone.TermSums.Keys);
        Reindex(keep, before);
        return keep;
    }

    /// <summary>Prunes the story if it has grown too many terms and brings the postings in line with the terms and sums it now has.</summary>
    private void Reindex(StoryProfile profile, IReadOnlyCollection<int> termsBefore)
    {
        if (profile.TermSums.Count > 2 * _options.ProfileSize)
        {
            profile.Prune(_options.ProfileSize, _vocabulary);
        }

        RemovePostings(profile, termsBefore.Where(t => !profile.TermSums.ContainsKey(t)));
        UpdatePostings(profile, profile.TermSums.Keys);
    }

    /// <summary>Posts the story's current sum of each of the terms it has, adding it to the postings that lack it.</summary>
    private void UpdatePostings(StoryProfile profile, IEnumerable<int> terms)
    {
        foreach (var term in terms)
        {
            if (!profile.TermSums.TryGetValue(term, out var sum))
            {
                continue;
            }

            var posting = PostingOf(term);
            var at = PositionOf(posting, profile);
            if (at >= 0)
            {
                CollectionsMarshal.AsSpan(posting)[at].Sum = sum;
            }
            else
            {
                posting.Insert(~at, new StoryPosting(profile, sum));
            }
        }
    }

    private void RemovePostings(StoryProfile profile, IEnumerable<int> terms)
    {
        foreach (var term in terms)
        {
            // A term the story gained and lost again in one article was never posted.
            if (term < _storiesByTerm.Count && _storiesByTerm[term] is { } posting && PositionOf(posting, profile) is var at and >= 0)
            {
                posting.RemoveAt(at);
                if (posting.Count == 0)
                {
                    _storiesByTerm[term] = null;
                }
            }
        }
    }

    /// <summary>
    /// The article's heaviest terms by TF-IDF, scaled so that times IDF they form a unit vector: every article weighs
    /// the same in its story's centroid however long it is.
    /// </summary>
    private List<(int Term, double Weight)> VectorOf(List<(int Term, double Count)> terms)
    {
        var heaviest = TopRanked.Of(
            terms.Select(t => new ScoredTerm(t.Term, t.Count, t.Count * Idf(t.Term), _vocabulary.DocumentFrequency(t.Term) >= MinDocumentFrequency)),
            _options.TermsPerArticle,
            _sharedThenHeaviest);
        var norm = Math.Sqrt(heaviest.Sum(t => t.Scored * t.Scored));
        return norm == 0 ? [] : [.. heaviest.Select(t => (t.Term, t.Weight / norm))];
    }

    /// <summary>The article's terms by number, numbering those new to the index, in <see cref="ArticleTerms"/>' order.</summary>
    private List<(int Term, double Count)> TermsOf(ArticleSummary summary) =>
        ArticleTerms.Of(summary, _entityNames, _vocabulary);

    /// <summary>The stories sharing the most weight with the article, most similar first, each scored in full.</summary>
    private List<(StoryProfile Profile, double Score, double Similarity)> ScoredCandidates(List<(int Term, double Weight)> vector, DateOnly? published)
    {
        // The article's weights times IDF squared, computed once: the centroid side is multiplied by IDF too.
        var weighted = vector.Select(t => (t.Term, Weight: t.Weight * Squared(Idf(t.Term)))).ToList();
        if (_partialScores.Length < _nextId)
        {
            Array.Resize(ref _partialScores, Math.Max(_nextId, 2 * _partialScores.Length));
            Array.Resize(ref _scoredFor, _partialScores.Length);
        }

        _scoring++;
        _scored.Clear();
        _cutPostings.Clear();
        foreach (var (term, weight) in weighted)
        {
            if (term >= _storiesByTerm.Count || _storiesByTerm[term] is not { } stories)
            {
                continue;
            }

            // A term many stories share narrows little down; only its newest stories are looked up,
            // which bounds the work per article however many stories there are.
            var first = Math.Max(0, stories.Count - _options.MaxPostingLength);
            PostingsRead += stories.Count - first;
            if (first > 0)
            {
                _cutPostings.Add((stories, first));
            }

            foreach (ref readonly var posting in CollectionsMarshal.AsSpan(stories)[first..])
            {
                var story = posting.Story;
                if (_scoredFor[story.Id] != _scoring)
                {
                    _scoredFor[story.Id] = _scoring;
                    _partialScores[story.Id] = 0;
                    _scored.Add(story);
                }

                _partialScores[story.Id] += weight * (posting.Sum / story.ArticleCount);
            }
        }

        return HighestScored(_options.MaxCandidates)
            .Select(p => (Profile: p, Similarity: ReadInFull(p) ? CosineOfPartial(p) : Cosine(weighted, p)))
            .Select(c => (c.Profile, Score: c.Similarity * Freshness(c.Profile, published), c.Similarity))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Profile.Id)
            .ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> scored stories with the highest partial scores, highest first and the older story first
    /// on a tie. A short list kept in order: with hundreds of stories scored per article, most fall below the last one kept
    /// at one comparison of two numbers.
    /// </summary>
    private List<StoryProfile> HighestScored(int count)
    {
        var best = new List<StoryProfile>(count);
        foreach (var story in _scored)
        {
            if (best.Count == count)
            {
                if (count == 0 || !Outranks(story, best[^1]))
                {
                    continue;
                }

                best.RemoveAt(count - 1);
            }

            var at = best.Count;
            while (at > 0 && Outranks(story, best[at - 1]))
            {
                at--;
            }

            best.Insert(at, story);
        }

        return best;

        bool Outranks(StoryProfile a, StoryProfile b) =>
            _partialScores[a.Id] > _partialScores[b.Id] || (_partialScores[a.Id] == _partialScores[b.Id] && a.Id < b.Id);
    }

    /// <summary>
    /// Whether the story's partial score is its whole dot product with the article: it was among the stories read in every
    /// posting of the article's terms that it is in. The partial score then adds the same products in the same order as
    /// <see cref="Cosine"/>, which would only add zeros for the terms the story lacks, so it is the same number.
    /// </summary>
    private bool ReadInFull(StoryProfile profile)
    {
        foreach (var (posting, first) in _cutPostings)
        {
            if (PositionOf(posting, profile) is var at and >= 0 && at < first)
            {
                return false;
            }
        }

        return true;
    }

    private double CosineOfPartial(StoryProfile profile)
    {
        var norm = NormOf(profile);
        return norm == 0 ? 0 : _partialScores[profile.Id] / norm;
    }

    private double Cosine(List<(int Term, double Weight)> weighted, StoryProfile profile)
    {
        var norm = NormOf(profile);
        if (norm == 0)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var (term, weight) in weighted)
        {
            dot += weight * profile.CentroidWeight(term);
        }

        return dot / norm;
    }

    private double CentroidCosine(StoryProfile a, StoryProfile b)
    {
        var norms = NormOf(a) * NormOf(b);
        var (smaller, larger) = a.TermSums.Count <= b.TermSums.Count ? (a, b) : (b, a);
        if (norms == 0)
        {
            return 0;
        }

        // The smaller story's weights read as it is walked, not looked up again: this runs for every merge candidate of every article.
        var dot = 0.0;
        foreach (var (term, sum) in smaller.TermSums)
        {
            dot += sum / smaller.Articles.Count * larger.CentroidWeight(term) * Squared(Idf(term));
        }

        return dot / norms;
    }

    // A story is less likely to be what an article of another time reports, before its period (an archive uploaded late) or
    // after it (a story gone quiet): the discount halves its similarity DormancyDays away, without ever closing it outright.
    private double Freshness(StoryProfile profile, DateOnly? published) =>
        profile.DaysFrom(published) is var days and > 0 ? 1.0 / (1.0 + (days / _options.DormancyDays)) : 1.0;

    // A product, not Math.Pow: a norm is a sum over a story's hundreds of terms, recomputed whenever it changes.
    private static double Squared(double value) => value * value;

    private double NormOf(StoryProfile profile)
    {
        // The norm is cached until the story changes or the corpus has grown by a tenth: IDF drifts
        // little in between, and recomputing on every comparison would make adding cost a story's size.
        if (profile.CachedNorm is not { } cached || _documentCount > cached.DocumentCount * 1.1)
        {
            var squares = 0.0;
            foreach (var (term, sum) in profile.TermSums)
            {
                squares += Squared(sum / profile.Articles.Count * Idf(term));
            }

            cached = new StoryNormState(Math.Sqrt(squares), _documentCount);
            profile.CachedNorm = cached;
        }

        return cached.Norm;
    }

    private double Idf(int term) => _vocabulary.Idf(term, _documentCount);

    private StoryProfile NewProfile()
    {
        var profile = new StoryProfile(_nextId++);
        _profiles.Add(profile.Id, profile);
        return profile;
    }

    // A posting is in ascending order of story id.
    private static int PositionOf(List<StoryPosting> posting, StoryProfile profile)
    {
        var span = CollectionsMarshal.AsSpan(posting);
        var (low, high) = (0, span.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var id = span[middle].Story.Id;
            if (id == profile.Id)
            {
                return middle;
            }

            (low, high) = id < profile.Id ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }

    private List<StoryPosting> PostingOf(int term)
    {
        while (_storiesByTerm.Count <= term)
        {
            _storiesByTerm.Add(null);
        }

        return _storiesByTerm[term] ??= [];
    }

    /// <summary>An article's term with its count, TF-IDF score and whether another article has it too.</summary>
    private readonly record struct ScoredTerm(int Term, double Weight, double Scored, bool Shared);
}
