using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>Removes what is never article text: scripts, navigation, hidden elements, and furniture named as such.</summary>
internal static class HtmlPageCleaner
{
    // What the selector "script, style, …, [hidden], [aria-hidden=true], [role=navigation], …" matches, tested element
    // by element: as a list of 30 selectors, it was matched part by part against every element of the page.
    private static readonly FrozenSet<string> NeverTextElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio", "picture", "button",
        "input", "select", "textarea", "nav", "aside", "footer", "header", "figure", "figcaption", "dialog");

    private static readonly FrozenSet<string> NeverTextRoles = FrozenSet.Create(
        StringComparer.Ordinal, "navigation", "complementary", "contentinfo", "banner", "dialog");

    private const string MarkedBody = "article, [itemprop=articleBody]";

    public static void Clean(IElement body)
    {
        RemoveNeverText(body);
        RemoveHidden(body);
        RemoveFurniture(body);
    }

    internal static void RemoveNeverText(IElement body)
    {
        var holders = HoldersOfMarkedBody(body);
        foreach (var element in body.Descendants<IElement>().Where(IsNeverText).ToList())
        {
            // A page that wraps its whole story in <header> or an aria-hidden shell would lose everything; keep those.
            if (!ContainsMarkedBody(element, holders))
            {
                element.Remove();
            }
        }

    }

    internal static void RemoveHidden(IElement body)
    {
        foreach (var element in body.Descendants<IElement>().Where(e => e.HasAttribute("style")).ToList())
        {
            var style = element.GetAttribute("style")!.Replace(" ", "", StringComparison.Ordinal);
            if (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
            {
                element.Remove();
            }
        }

    }

    internal static void RemoveFurniture(IElement body)
    {
        var pageText = HtmlText.FoldedLength(body);
        var holders = HoldersOfMarkedBody(body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is not null && element.LocalName is not ("body" or "article" or "main" or "a")
                && ElementClassifier.LooksLikeBoilerplate(element) && !ContainsMarkedBody(element, holders) && !HoldsMostOfThePage(element, pageText))
            {
                element.Remove();
            }
        }
    }

    /// <summary>
    /// Never text by what it is (scripts, media, forms, navigation) or by being hidden; attribute values compare exactly,
    /// as in a CSS attribute selector.
    /// </summary>
    internal static bool IsNeverText(IElement element) =>
        NeverTextElements.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("role") is { } role && NeverTextRoles.Contains(role));

    // Site builders name their wrappers "widget" or "row"; a wrapper with most of the page's prose is no sidebar.
    private static bool HoldsMostOfThePage(IElement element, int pageText)
    {
        var text = HtmlText.FoldedLength(element);
        return text > 0.4 * pageText && HtmlText.LinkDensity(element, text) < 0.3;
    }

    private static bool ContainsMarkedBody(IElement element, HashSet<IElement> holders) =>
        element.LocalName == "article" || ElementClassifier.MarksArticleBody(element) || holders.Contains(element);

    // The elements with a marked article body somewhere below them, from one query: asking each element in turn searched
    // its whole subtree, over and over for the outer wrappers. Removing an element that holds none leaves the set true.
    private static HashSet<IElement> HoldersOfMarkedBody(IElement body)
    {
        var holders = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var marked in body.QuerySelectorAll(MarkedBody))
        {
            for (var holder = marked.ParentElement; holder is not null && holders.Add(holder); holder = holder.ParentElement)
            {
            }
        }

        return holders;
    }
}
