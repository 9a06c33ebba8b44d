using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>Measures publication-date accuracy (exact day) on the publication-dates benchmark.</summary>
public static class DateBench
{
    public static int Run(string directory, string? detailsPath)
    {
        using var truthFile = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        var truth = JsonDocument.Parse(truthFile).RootElement;
        var parser = new ArticleParser();
        var details = new StringBuilder("file\turl\ttruth\tpredicted\tsource\tevidence\n");
        int total = 0, correct = 0, predicted = 0;
        var bySource = new Dictionary<string, (int Correct, int Total)>();
        var clock = Stopwatch.StartNew();
        foreach (var entry in truth.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var expected = DateOnly.ParseExact(entry.Value.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var page = BenchPage.Load(Path.Combine(directory, "html", file), file, entry.Name);
            var published = parser.Parse(new ArticleInput(file, page.Content, new ArticleMetadata(Url: entry.Name))).Published;

            total++;
            var right = published?.Date == expected;
            if (published is not null)
            {
                predicted++;
                var source = published.Source.ToString();
                var tally = bySource.GetValueOrDefault(source);
                bySource[source] = (tally.Correct + (right ? 1 : 0), tally.Total + 1);
            }

            correct += right ? 1 : 0;
            details.Append(CultureInfo.InvariantCulture,
                $"{file}\t{entry.Name}\t{expected:yyyy-MM-dd}\t{published?.Date:yyyy-MM-dd}\t{published?.Source}\t{published?.Evidence.ReplaceLineEndings(" ")}\n");
        }

        Console.WriteLine($"publication-dates: {total} pages from {directory}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accuracy {(double)correct / total:F4} ({correct}/{total}); predicted {predicted}, of which right {(predicted == 0 ? 0 : (double)correct / predicted):F4}; {clock.Elapsed.TotalMilliseconds / total:F1} ms/page"));
        foreach (var (source, tally) in bySource.OrderByDescending(s => s.Value.Total))
        {
            Console.WriteLine($"  {source,-9} {tally.Correct}/{tally.Total} right");
        }

        if (detailsPath is not null)
        {
            File.WriteAllText(detailsPath, details.ToString());
        }

        return 0;
    }
}
