using System.Diagnostics;
using AngleSharp.Dom;
using Digest.Core.Parsing;
using Digest.Core.Parsing.Html;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Where an HTML page's parse spends, without a profiler: the stages HtmlArticleExtractor runs, each timed cumulatively
/// on fresh documents (the cleaner changes the document it cleans), over the first 24 pages of a folder, round after
/// round; the minimum and median of the rounds per page. A stage's own cost is its row less the row before it.
/// </summary>
public static class HtmlStagesBench
{
    private const int Pages = 24;
    private const int Rounds = 25;

    // The first rounds run while methods are still being compiled; they say nothing about the steady cost.
    private const int WarmUpRounds = 3;

    public static int Run(string directory)
    {
        var pages = Directory.GetFiles(directory, "*.html.gz").Order(StringComparer.Ordinal).Take(Pages)
            .Select(path => BenchPage.Load(path, Path.GetFileName(path), string.Empty).Content).ToList();
        var parser = new ArticleParser();
        var extractor = new HtmlArticleExtractor();
        var stages = new (string Name, Action<byte[]> Run)[]
        {
            ("read the head as text (detection)", page => HtmlDetector.LooksLikeHtml(TextDecoder.Read(page.AsSpan(0, Math.Min(page.Length, HtmlDetector.Window))).Text)),
            ("prepare the markup", page => HtmlPreprocessor.Prepare(page)),
            ("+ parse", page => Document(page)),
            ("+ metadata (JSON-LD, meta, date, byline)", page => Metadata(Document(page))),
            ("parse + remove never-text", page => HtmlPageCleaner.RemoveNeverText(Document(page).Body!)),
            ("parse + clean", page => HtmlPageCleaner.Clean(Document(page).Body!)),
            ("parse + clean + find the content", page => Content(Document(page).Body!)),
            ("extract (all of the above)", page => extractor.Extract(page, null)),
            ("whole parse (and the text stages)", page => parser.Parse(new ArticleInput("page.html", page, ArticleMetadata.None))),
        };

        var times = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var page in pages)
                {
                    stages[i].Run(page);
                }

                times[i].Add(clock.Elapsed.TotalMilliseconds / pages.Count);
            }
        }

        Console.WriteLine($"{pages.Count} pages of {directory}, {pages.Average(p => p.Length) / 1024:F0} KiB on average; ms per page over {Rounds - WarmUpRounds} rounds");
        Console.WriteLine("| stage | min | median |");
        Console.WriteLine("| --- | --- | --- |");
        for (var i = 0; i < stages.Length; i++)
        {
            var sorted = times[i].Skip(WarmUpRounds).Order().ToList();
            Console.WriteLine($"| {stages[i].Name} | {sorted[0]:F2} | {sorted[sorted.Count / 2]:F2} |");
        }

        return 0;
    }

    // Parsed as the extractor parses a page, with the same options.
    private static IDocument Document(byte[] page) => HtmlArticleExtractor.Parse(HtmlPreprocessor.Prepare(page));

    private static void Metadata(IDocument document)
    {
        var jsonLd = JsonLdArticle.Read(document);
        var metas = new MetaTags(document);
        HtmlPublicationDateFinder.Find(document, jsonLd, null);
        BylineFinder.Find(document, metas, jsonLd, null, null);
    }

    private static void Content(IElement body)
    {
        HtmlPageCleaner.Clean(body);
        BlockTextCollector.Collect(ContentRootFinder.Find(body));
    }
}
