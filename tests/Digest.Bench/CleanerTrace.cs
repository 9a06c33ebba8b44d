using AngleSharp.Html.Parser;
using Digest.Core.Parsing.Html;

namespace Digest.Bench;

/// <summary>Shows which content roots a page gets and how much text each cleaning step takes away, to debug extraction.</summary>
public static class CleanerTrace
{
    public static int Run(string path)
    {
        var page = BenchPage.Load(path, Path.GetFileName(path), "");
        var document = new HtmlParser().ParseDocument(new MemoryStream(page.Content));
        var body = document.Body!;
        Console.WriteLine($"body text before cleaning: {HtmlText.Of(body).Length}");
        HtmlPageCleaner.RemoveNeverText(body);
        Console.WriteLine($"after never-text: {HtmlText.Of(body).Length}");
        HtmlPageCleaner.RemoveHidden(body);
        Console.WriteLine($"after hidden: {HtmlText.Of(body).Length}");
        foreach (var element in body.QuerySelectorAll("*").Where(ElementClassifier.LooksLikeBoilerplate).Where(e => HtmlText.Of(e).Length > 500))
        {
            Console.WriteLine($"  furniture? <{element.LocalName} class=\"{element.ClassName}\" id=\"{element.Id}\"> text {HtmlText.Of(element).Length}");
        }

        HtmlPageCleaner.RemoveFurniture(body);
        Console.WriteLine($"after furniture: {HtmlText.Of(body).Length}");
        foreach (var root in ContentRootFinder.Find(body))
        {
            Console.WriteLine($"root <{root.LocalName} class=\"{root.ClassName}\" id=\"{root.Id}\"> text {HtmlText.Of(root).Length}");
        }

        return 0;
    }
}
