using System.Numerics;
using System.Runtime.InteropServices;

namespace Digest.Core.Stories.Timelines;

/// <summary>
/// The first reports of one date while a timeline is built, indexed by word: what a later report of a date nearby is
/// compared with. A report is compared with all of them at once, by walking its own words, instead of one merge each.
/// </summary>
internal sealed class ComparedReports
{
    /// <summary>Most reports held: each word keeps the reports that have it as one bit of a mask.</summary>
    public const int Capacity = 32;

    private readonly Dictionary<int, uint> _reportsByWord = [];
    private readonly double[] _totals = new double[Capacity];

    public int Count { get; private set; }

    public void Add(WeighedWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (Count == Capacity)
        {
            throw new InvalidOperationException($"A date compares at most {Capacity} reports.");
        }

        var bit = 1u << Count;
        foreach (var id in words.Ids)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_reportsByWord, id, out _) |= bit;
        }

        _totals[Count++] = words.Total;
    }

    /// <summary>
    /// The highest weighted share of the smaller set the other set also has, between <paramref name="words"/> and each
    /// report held; shared weights are summed in the order of the words' numbers, as a merge of the two sets would.
    /// </summary>
    public double BestOverlap(WeighedWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Span<double> shared = stackalloc double[Capacity];
        shared.Clear();
        for (var i = 0; i < words.Ids.Length; i++)
        {
            if (!_reportsByWord.TryGetValue(words.Ids[i], out var reports))
            {
                continue;
            }

            for (; reports != 0; reports &= reports - 1)
            {
                shared[BitOperations.TrailingZeroCount(reports)] += words.Weights[i];
            }
        }

        var best = 0.0;
        for (var report = 0; report < Count; report++)
        {
            var smaller = Math.Min(words.Total, _totals[report]);
            best = Math.Max(best, smaller == 0 ? 0 : shared[report] / smaller);
        }

        return best;
    }
}
