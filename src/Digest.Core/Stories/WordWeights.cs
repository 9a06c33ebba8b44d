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

    /// <summary>The weighted share of the smaller set that the larger one also has.</summary>
    public double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Where(b.Contains).Sum(Of);
        var smaller = Math.Min(a.Sum(Of), b.Sum(Of));
        return smaller == 0 ? 0 : shared / smaller;
    }

    /// <summary>The weighted share of <paramref name="text"/> that <paramref name="reference"/> also has.</summary>
    public double Coverage(IReadOnlySet<string> text, IReadOnlySet<string> reference)
    {
        var total = text.Sum(Of);
        return total == 0 ? 0 : text.Where(reference.Contains).Sum(Of) / total;
    }
}
