using System.Text.RegularExpressions;

namespace Digest.Bench;

/// <summary>
/// The article-extraction benchmark's metric: word 4-gram shingles of <c>\w+</c> tokens (case kept), compared as
/// multisets per page; precision and recall averaged over pages, F1 from the averages.
/// </summary>
public static partial class ShingleScore
{
    /// <summary>Precision and recall of one page; null when that side has no shingle.</summary>
    public static (double? Precision, double? Recall) Page(string predicted, string truth)
    {
        var p = Shingles(predicted);
        var t = Shingles(truth);
        var predictedCount = p.Values.Sum();
        var truthCount = t.Values.Sum();
        var tp = p.Sum(pair => Math.Min(pair.Value, t.GetValueOrDefault(pair.Key)));
        double? precision = predictedCount == 0 ? null : (double)tp / predictedCount;
        double? recall = truthCount == 0 ? null : predictedCount == 0 ? 0 : (double)tp / truthCount;
        return (precision, recall);
    }

    public static (double Precision, double Recall, double F1) Aggregate(IEnumerable<(double? Precision, double? Recall)> pages)
    {
        var list = pages.ToList();
        var precisions = list.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var recalls = list.Where(p => p.Recall is not null).Select(p => p.Recall!.Value).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.GetRange(i, 4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
