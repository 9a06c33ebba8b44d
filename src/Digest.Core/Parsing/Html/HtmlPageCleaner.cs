using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>Removes what is never article text: scripts, navigation, hidden elements, and furniture named as such.</summary>
internal static class HtmlPageCleaner
{
    private const string NeverText =
        "script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio, picture, button, input, select, " +
        "textarea, nav, aside, footer, header, figure, figcaption, dialog, [hidden], [aria-hidden=true], [role=navigation], " +
        "[role=complementary], [role=contentinfo], [role=banner], [role=dialog]";

    public static void Clean(IElement body)
    {
        RemoveNeverText(body);
        RemoveHidden(body);
        RemoveFurniture(body);
    }

    internal static void RemoveNeverText(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(NeverText).ToList())
        {
            // A page that wraps its whole story in <header> or an aria-hidden shell would lose everything; keep those.
            if (!ContainsMarkedBody(element))
            {
                element.Remove();
            }
        }

    }

    internal static void RemoveHidden(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("[style]").ToList())
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
        var pageText = HtmlText.Of(body).Length;
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is not null && element.LocalName is not ("body" or "article" or "main" or "a")
                && ElementClassifier.LooksLikeBoilerplate(element) && !ContainsMarkedBody(element) && !HoldsMostOfThePage(element, pageText))
            {
                element.Remove();
            }
        }
    }

    // Site builders name their wrappers "widget" or "row"; a wrapper with most of the page's prose is no sidebar.
    private static bool HoldsMostOfThePage(IElement element, int pageText)
    {
        var text = HtmlText.Of(element).Length;
        return text > 0.4 * pageText && HtmlText.LinkDensity(element, text) < 0.3;
    }

    private static bool ContainsMarkedBody(IElement element) =>
        element.LocalName == "article" || ElementClassifier.MarksArticleBody(element)
        || element.QuerySelector("article, [itemprop=articleBody]") is not null;
}
