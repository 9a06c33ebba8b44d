using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>Scores Digest's body extraction and SmartReader's on the article-extraction benchmark, in one run.</summary>
public static class ExtractionBench
{
    public static int Run(string directory, string? detailsPath, bool compare = true)
    {
        using var truthFile = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        var truth = JsonDocument.Parse(truthFile).RootElement;
        var pages = truth.EnumerateObject()
            .Select(entry => (Page: BenchPage.Load(Path.Combine(directory, "html", entry.Name + ".html.gz"), entry.Name, entry.Value.GetProperty("url").GetString() ?? ""),
                              Body: entry.Value.GetProperty("articleBody").GetString() ?? ""))
            .OrderBy(p => p.Page.Id, StringComparer.Ordinal)
            .ToList();

        var parser = new ArticleParser();
        var extractors = new (string Name, Func<BenchPage, string> Extract)[]
        {
            ("digest", page => parser.Parse(new ArticleInput(page.FileName, page.Content, new ArticleMetadata(Url: page.Url))).Body),
            ("smartreader", page => SmartReaderBody(page)),
        };
        if (!compare)
        {
            extractors = extractors[..1];
        }


        var details = new StringBuilder("extractor\tid\tprecision\trecall\n");
        Console.WriteLine($"article-extraction: {pages.Count} pages from {directory}");
        Console.WriteLine("extractor     precision  recall   F1      ms/page  slowest ms");
        foreach (var (name, extract) in extractors)
        {
            var scores = new List<(double?, double?)>();
            var clock = Stopwatch.StartNew();
            var slowest = 0.0;
            foreach (var (page, body) in pages)
            {
                string predicted;
                var started = clock.Elapsed;
                try
                {
                    predicted = extract(page);
                    slowest = Math.Max(slowest, (clock.Elapsed - started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    predicted = "";
                    Console.Error.WriteLine($"{name} failed on {page.Id}: {e.GetType().Name}: {e.Message}");
                }

                var score = ShingleScore.Page(predicted, body);
                scores.Add(score);
                details.Append(CultureInfo.InvariantCulture, $"{name}\t{page.Id}\t{score.Precision:F3}\t{score.Recall:F3}\n");
            }

            var total = ShingleScore.Aggregate(scores);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} {total.Precision,9:F4}  {total.Recall,6:F4}  {total.F1,6:F4}  {clock.Elapsed.TotalMilliseconds / pages.Count,7:F1}  {slowest,10:F0}"));
        }

        if (detailsPath is not null)
        {
            File.WriteAllText(detailsPath, details.ToString());
        }

        return 0;
    }

    private static string SmartReaderBody(BenchPage page)
    {
        var article = new SmartReader.Reader(page.Url, Encoding.UTF8.GetString(page.Content)).GetArticle();
        return article.IsReadable ? article.TextContent ?? "" : "";
    }
}
