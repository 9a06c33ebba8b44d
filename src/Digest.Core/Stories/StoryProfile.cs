using Digest.Core.Summaries;

namespace Digest.Core.Stories;

/// <summary>A story while it is being grouped: its articles and the summed weights of its heaviest terms.</summary>
internal sealed class StoryProfile(int id)
{
    private readonly List<ArticleSummary> _articles = [];

    public int Id { get; } = id;

    public IReadOnlyList<ArticleSummary> Articles => _articles;

    /// <summary>Summed term weights over the articles; divided by the article count this is the story's centroid.</summary>
    public Dictionary<string, double> TermSums { get; } = new(StringComparer.Ordinal);

    /// <summary>The centroid's IDF-weighted length when last computed, and the corpus size then; null after the story changed.</summary>
    public (double Norm, int DocumentCount)? CachedNorm { get; set; }

    public double CentroidWeight(string term) => TermSums.GetValueOrDefault(term) / _articles.Count;

    /// <summary>Adds an article and returns the terms the story did not have before.</summary>
    public IReadOnlyList<string> Add(ArticleSummary summary, IReadOnlyDictionary<string, double> terms)
    {
        _articles.Add(summary);
        CachedNorm = null;
        var added = new List<string>();
        foreach (var (term, weight) in terms)
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
        return dropped;
    }
}
