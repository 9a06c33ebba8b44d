using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// Finds the elements that hold the article: paragraphs vote for their ancestors (Readability's scoring), the best
/// ancestor wins, and siblings that score nearly as well join it (stories split across several containers).
/// </summary>
internal static class ContentRootFinder
{
    // Shorter blocks are labels, buttons and bylines; a sentence of a story is longer than this many characters.
    private const int MinParagraphLength = 25;

    /// <summary>
    /// Ancestors of the winner searched for chunks of the same story: 3 reaches chunks that sit in two wrappers each
    /// (news-pages: +0.005 body F1; article-extraction: one page of 123 takes in a same-class box, −0.0004).
    /// </summary>
    private const int ChunkWrapperLevels = 3;

    public static IReadOnlyList<IElement> Find(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("p, pre, td, blockquote, div, section"))
        {
            if (element.LocalName is "div" or "section" or "td" && HasBlockChild(element))
            {
                continue;
            }

            var text = HtmlText.Of(element);
            if (text.Length < MinParagraphLength)
            {
                continue;
            }

            var score = 1 + Commas(text) + Math.Min(text.Length / 100.0, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 5; ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                scores[ancestor] += score / (level switch { 0 => 1, 1 => 2, _ => level * 3 });
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        var final = scores.ToDictionary(pair => pair.Key, pair =>
        {
            var length = HtmlText.FoldedLength(pair.Key);
            return pair.Value * (1 - HtmlText.LinkDensity(pair.Key, length));
        });
        var (top, topScore) = final.MaxBy(pair => pair.Value);

        // A body marked as such inside the winner (or around it) is a stronger signal than the votes.
        var marked = top.QuerySelectorAll("*").FirstOrDefault(ElementClassifier.MarksArticleBody);
        if (marked is not null && HtmlText.FoldedLength(marked) > 0.5 * HtmlText.FoldedLength(top))
        {
            top = marked;
        }

        if (Continuations(body, top) is { Count: > 1 } chunks)
        {
            return chunks;
        }

        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || (final.TryGetValue(sibling, out var score) && score >= threshold) || IsLoneParagraph(sibling))
            {
                result.Add(sibling);
            }
        }

        return result;
    }

    // Long stories are often cut into chunks with ads between them, each chunk's text in an element of the same
    // tag and class as the winner's: those are the rest of the story, even where they are cousins, not siblings.
    private static List<IElement>? Continuations(IElement body, IElement top)
    {
        if (string.IsNullOrWhiteSpace(top.ClassName))
        {
            return null;
        }

        // Chunks sit side by side, each perhaps wrapped once or twice (a slot for its ad rail, a tracking wrapper); an
        // element of the same class farther off in the page is another block, such as a summary box.
        var scope = top;
        for (var level = 0; level < ChunkWrapperLevels && scope.ParentElement is { } parent; level++)
        {
            scope = parent;
        }

        var chunks = scope.GetElementsByClassName(top.ClassName)
            .Where(element => element.LocalName == top.LocalName && element.ClassName == top.ClassName)
            .Where(element => element == top || IsProse(element))
            .ToList();
        return chunks.Where(chunk => !chunks.Any(other => other != chunk && other.Contains(chunk))).ToList();
    }

    private static bool IsProse(IElement element)
    {
        var text = HtmlText.Of(element);
        return text.Length >= MinParagraphLength && HtmlText.LinkDensity(element, text.Length) < 0.3;
    }

    private static bool IsLoneParagraph(IElement element)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var text = HtmlText.Of(element);
        var density = HtmlText.LinkDensity(element, text.Length);
        return (text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && text.EndsWith('.'));
    }

    private static double InitialScore(IElement element) =>
        ElementClassifier.Weight(element)
        + (ElementClassifier.MarksArticleBody(element) ? 30 : 0)
        + element.LocalName switch
        {
            "article" => 10,
            "div" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };

    private static int Commas(string text) => text.Count(c => c is ',' or '，' or '、' or '،');

    internal static bool HasBlockChild(IElement element) =>
        element.Children.Any(child => BlockTextCollector.IsBlock(child.LocalName));
}
