using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Scores body, headline, byline and publication date on the news-pages benchmark, with the metrics its README gives:
/// body shingle F1, headline exact match after normalising, byline token F1 over pages that name an author, exact day.
/// </summary>
public static partial class NewsPagesBench
{
    public static NewsPagesResult Run(string directory, string? detailsPath)
    {
        using var truthFile = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        var truth = JsonDocument.Parse(truthFile).RootElement;
        var parser = new ArticleParser();
        var details = new StringBuilder("id\tprecision\trecall\ttitle_ok\tbyline_f1\tdate_ok\tms\ttitle\texpected_title\tbyline\texpected_authors\tdate\texpected_date\n");
        var bodies = new List<(double?, double?)>();
        int pages = 0, titles = 0, dates = 0;
        var bylines = new List<double>();
        var slowest = 0.0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in truth.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var expected = entry.Value;
            var page = BenchPage.Load(Path.Combine(directory, "html", entry.Name + ".html.gz"), entry.Name, expected.GetProperty("url").GetString() ?? "");
            var started = clock.Elapsed;
            var summary = parser.Parse(new ArticleInput(page.FileName, page.Content, new ArticleMetadata(Url: page.Url)));
            var ms = (clock.Elapsed - started).TotalMilliseconds;
            slowest = Math.Max(slowest, ms);
            pages++;

            var body = ShingleScore.Page(summary.Body, expected.GetProperty("articleBody").GetString() ?? "");
            bodies.Add(body);
            var expectedTitle = expected.GetProperty("title").GetString() ?? "";
            var titleOk = NormaliseTitle(summary.Title) == NormaliseTitle(expectedTitle);
            titles += titleOk ? 1 : 0;
            var authors = expected.GetProperty("authors").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            double? byline = authors.Count == 0 ? null : TokenF1(summary.Byline ?? "", string.Join(" ", authors));
            if (byline is { } f1)
            {
                bylines.Add(f1);
            }

            var expectedDate = expected.GetProperty("date").GetString() ?? "";
            var predictedDate = summary.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
            var dateOk = predictedDate == expectedDate;
            dates += dateOk ? 1 : 0;
            details.Append(CultureInfo.InvariantCulture,
                $"{entry.Name}\t{body.Precision:F3}\t{body.Recall:F3}\t{(titleOk ? 1 : 0)}\t{byline:F3}\t{(dateOk ? 1 : 0)}\t{ms:F0}\t{Clean(summary.Title)}\t{Clean(expectedTitle)}\t{Clean(summary.Byline)}\t{Clean(string.Join("; ", authors))}\t{predictedDate}\t{expectedDate}\n");
        }

        if (detailsPath is not null)
        {
            File.WriteAllText(detailsPath, details.ToString());
        }

        var total = ShingleScore.Aggregate(bodies);
        return new NewsPagesResult(pages, total.Precision, total.Recall, total.F1, (double)titles / pages, bylines.Count == 0 ? 0 : bylines.Average(), (double)dates / pages,
            clock.Elapsed.TotalMilliseconds / pages, slowest);
    }

    /// <summary>The README's title normalisation: NFKC, no zero-width characters, straight quotes, collapsed whitespace, casefolded.</summary>
    public static string NormaliseTitle(string? title)
    {
        var text = (title ?? "").Normalize(NormalizationForm.FormKC);
        text = text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal)
            .Replace("\u200D", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal);
        text = text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        return Whitespace().Replace(text, " ").Trim().ToUpperInvariant().ToLowerInvariant();
    }

    private static double TokenF1(string predicted, string truth)
    {
        var p = Word().Matches(predicted.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var t = Word().Matches(truth.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        if (p.Count == 0 || t.Count == 0)
        {
            return 0;
        }

        var overlap = p.Count(t.Contains);
        if (overlap == 0)
        {
            return 0;
        }

        double precision = (double)overlap / p.Count, recall = (double)overlap / t.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static string Clean(string? text) => (text ?? "").ReplaceLineEndings(" ").Replace('\t', ' ');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

/// <summary>One run of <see cref="NewsPagesBench"/>.</summary>
public sealed record NewsPagesResult(int Pages, double BodyPrecision, double BodyRecall, double BodyF1, double TitleExact, double BylineF1, double DateAccuracy, double MsPerPage, double SlowestMs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"news-pages: {Pages} pages; body F1 {BodyF1:F4} (P {BodyPrecision:F4}, R {BodyRecall:F4}); headline exact {TitleExact:F4}; byline F1 {BylineF1:F4}; date {DateAccuracy:F4}; {MsPerPage:F1} ms/page, slowest {SlowestMs:F0} ms");
}
