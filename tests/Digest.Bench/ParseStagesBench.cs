using System.Diagnostics;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Time and bytes allocated per stage of a text article's parse, each stage run over and over on the previous stage's
/// output: where a text parse spends, without a profiler. The stages are the ones ArticleParser.Parse runs for text.
/// </summary>
public static class ParseStagesBench
{
    public static int Run(string path, int repeats)
    {
        var bytes = File.ReadAllBytes(path);
        var text = MarkdownTextExtractor.ToText(TextDecoder.Decode(bytes).Text);
        var layout = PageChromeFilter.Filter(text);
        var body = string.Join("\n\n", layout.Paragraphs);
        var sentences = SentenceSplitter.SplitBody(body);
        var (published, _) = PublicationDateResolver.Resolve(ArticleMetadata.None, layout.Datelines, body, null);
        var entities = EntityExtractor.Extract(sentences);
        var title = layout.Title ?? "article.txt";
        var names = entities.Entities.Select(e => e.Name).ToList();
        var parser = new ArticleParser();
        var input = new ArticleInput("article.txt", bytes, ArticleMetadata.None);

        Measure("whole parse", () => parser.Parse(input));
        Measure("decode + markdown", () => MarkdownTextExtractor.ToText(TextDecoder.Decode(bytes).Text));
        Measure("html detector", () => HtmlDetector.LooksLikeHtml(text));
        Measure("page chrome filter", () => PageChromeFilter.Filter(text));
        Measure("sentence splitter", () => SentenceSplitter.SplitBody(body));
        Measure("publication date", () => PublicationDateResolver.Resolve(ArticleMetadata.None, layout.Datelines, body, null));
        Measure("entities", () => EntityExtractor.Extract(sentences));
        Measure("figures", () => FigureExtractor.Extract(sentences));
        Measure("quotes", () => QuoteExtractor.Extract(body, sentences, entities));
        Measure("dates", () => DateMentionResolver.Resolve(sentences, published));
        Measure("language", () => LanguageDetector.Detect(title, body));
        Measure("key sentences", () => KeySentenceSelector.Select(title, sentences, names));
        Measure("whole parse again", () => parser.Parse(input));
        return 0;

        void Measure(string stage, Func<object?> run)
        {
            for (var i = 0; i < repeats / 10; i++)
            {
                run();
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < repeats; i++)
            {
                run();
            }

            var each = clock.Elapsed.TotalMicroseconds / repeats;
            Console.WriteLine($"{stage,-20} {each,8:F0} µs {(GC.GetAllocatedBytesForCurrentThread() - allocated) / repeats / 1024,6} KB");
        }
    }
}
