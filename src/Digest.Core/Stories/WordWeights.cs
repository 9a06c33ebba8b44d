namespace Digest.Core.Stories;

/// <summary>
/// How telling each word is within one story: words every report uses ("NATO", "Iraq") say little about
/// which event a report describes, so they weigh little.
/// </summary>
internal sealed class WordWeights
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights;
    private readonly int _count;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public WordWeights(IEnumerable<IReadOnlySet<string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var words in texts)
        {
            _count++;
            foreach (var word in words)
            {
                _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Computed once: a big story compares tens of thousands of reports, each word many times.
        _weights = _frequency.ToDictionary(f => f.Key, f => Weight(f.Value), StringComparer.Ordinal);
    }

    public double Of(string word) => _weights.TryGetValue(word, out var weight) ? weight : Weight(0);

    private double Weight(int frequency) => Math.Log(1.0 + ((double)Math.Max(1, _count) / Math.Max(1, frequency)));

    /// <summary>
    /// A set of words as numbers with each word's weight and their total, to be worked out once per set: a timeline
    /// compares each report with up to two dozen others for every date it could belong to.
    /// </summary>
    public WeighedWords Weigh(IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ids = new int[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            ids[i++] = IdOf(word);
        }

        Array.Sort(ids);
        var weights = new double[ids.Length];
        var total = 0.0;
        for (i = 0; i < ids.Length; i++)
        {
            weights[i] = Of(_words[ids[i]]);
            total += weights[i];
        }

        return new WeighedWords(ids, weights, total);
    }

    // Words first met after the weights were counted (none, when every weighed set was counted) are numbered on, so that
    // two sets compare equal only on the same word.
    private int IdOf(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _words.Count;
            _ids.Add(word, id);
            _words.Add(word);
        }

        return id;
    }

    /// <summary>The weighted share of the smaller set that the larger one also has.</summary>
    /// <remarks>Plain loops, summing in the same order as before: a timeline compares every pair of nearby reports.</remarks>
    public double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (shared, totalA) = SharedAndTotal(a, b);
        var smaller = Math.Min(totalA, TotalOf(b));
        return smaller == 0 ? 0 : shared / smaller;
    }

    /// <summary>The weighted share of <paramref name="text"/> that <paramref name="reference"/> also has.</summary>
    public double Coverage(IReadOnlySet<string> text, IReadOnlySet<string> reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reference);
        var (shared, total) = SharedAndTotal(text, reference);
        return total == 0 ? 0 : shared / total;
    }

    private (double Shared, double Total) SharedAndTotal(IReadOnlySet<string> text, IReadOnlySet<string> reference)
    {
        var shared = 0.0;
        var total = 0.0;
        foreach (var word in text)
        {
            var weight = Of(word);
            total += weight;
            if (reference.Contains(word))
            {
                shared += weight;
            }
        }

        return (shared, total);
    }

    private double TotalOf(IReadOnlySet<string> words)
    {
        var total = 0.0;
        foreach (var word in words)
        {
            total += Of(word);
        }

        return total;
    }
}
