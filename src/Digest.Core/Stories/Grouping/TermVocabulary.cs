namespace Digest.Core.Stories.Grouping;

/// <summary>
/// Every term the story index has seen, each under a small number, with its document frequency. Stories, postings and
/// article vectors hold the numbers: finding a candidate story reads thousands of posting entries per article, and a
/// lookup by number costs a fraction of hashing the term's text each time. Terms are only ever added, as document
/// frequencies were already kept for every term ever seen.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<int> _documentFrequency = [];

    // Each term's IDF as last computed and the corpus size it was computed for: an article's candidate stories share most
    // of their terms, and a logarithm per term per story compared was a fifth of grouping's time.
    private readonly List<double> _idf = [];
    private readonly List<int> _idfDocumentCount = [];

    /// <summary>
    /// Orders terms by weight, heaviest first, and equal weights by the terms' text, so that which terms make a cut
    /// never depends on the order terms were numbered in.
    /// </summary>
    public IComparer<(int Term, double Weight)> HeaviestFirst => field ??= Comparer<(int Term, double Weight)>.Create((a, b) =>
        b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(_names[a.Term], _names[b.Term]));

    /// <summary>The term's number, giving it one if it has none.</summary>
    public int IdOf(string term) => IdOf(term.AsSpan());

    /// <summary>The term's number, giving it one if it has none; a string is made only for a term new to the index.</summary>
    public int IdOf(ReadOnlySpan<char> term)
    {
        var ids = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!ids.TryGetValue(term, out var id))
        {
            id = _names.Count;
            var name = new string(term);
            _ids.Add(name, id);
            _names.Add(name);
            _documentFrequency.Add(0);
            _idf.Add(0);
            _idfDocumentCount.Add(-1);
        }

        return id;
    }

    public string NameOf(int id) => _names[id];

    public int DocumentFrequency(int id) => _documentFrequency[id];

    public void AddDocumentFrequency(int id, int change)
    {
        _documentFrequency[id] += change;
        _idfDocumentCount[id] = -1;
    }

    /// <summary>The term's inverse document frequency in a corpus of <paramref name="documentCount"/> articles.</summary>
    public double Idf(int id, int documentCount)
    {
        if (_idfDocumentCount[id] != documentCount)
        {
            _idf[id] = Math.Log(1.0 + ((double)documentCount / Math.Max(1, _documentFrequency[id])));
            _idfDocumentCount[id] = documentCount;
        }

        return _idf[id];
    }

    /// <summary>The terms some article still has, with their document frequencies, in the order they were numbered.</summary>
    public Dictionary<string, int> ExportDocumentFrequency()
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < _names.Count; id++)
        {
            if (_documentFrequency[id] > 0)
            {
                frequencies.Add(_names[id], _documentFrequency[id]);
            }
        }

        return frequencies;
    }
}
