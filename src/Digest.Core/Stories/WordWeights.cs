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

    // By set, not by content: only sets that never change afterwards (a report's words) are weighed.
    private readonly Dictionary<IReadOnlySet<string>, WeighedWords> _weighed = new(ReferenceEqualityComparer.Instance);

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
    /// A set of words that will not change with each word's weight and their total, worked out once: a timeline compares
    /// each report with up to two dozen others for every date it could belong to.
    /// </summary>
    public WeighedWords Weigh(IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!_weighed.TryGetValue(words, out var weighed))
        {
            var weights = new List<(string Word, double Weight)>(words.Count);
            var total = 0.0;
            foreach (var word in words)
            {
                var weight = Of(word);
                weights.Add((word, weight));
                total += weight;
            }

            weighed = new WeighedWords(words, [.. weights], total);
            _weighed.Add(words, weighed);
        }

        return weighed;
    }

    /// <summary>What <see cref="Overlap(IReadOnlySet{string}, IReadOnlySet{string})"/> gives, for weighed sets.</summary>
    public static double Overlap(WeighedWords a, WeighedWords b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shared = 0.0;
        foreach (var (word, weight) in a.Weights)
        {
            if (b.Words.Contains(word))
            {
                shared += weight;
            }
        }

        var smaller = Math.Min(a.Total, b.Total);
        return smaller == 0 ? 0 : shared / smaller;
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
