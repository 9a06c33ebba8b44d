using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>Judges elements by their class and id names, the way readers of web pages learned to (Readability and its heirs).</summary>
internal static partial class ElementClassifier
{
    /// <summary>Elements whose names say they are page furniture, not the story.</summary>
    public static bool LooksLikeBoilerplate(IElement element)
    {
        var names = Names(element);
        return names.Length > 0 && Unlikely().IsMatch(names) && !MaybeContent().IsMatch(names);
    }

    /// <summary>A weight in [-25, 25]: positive for names like "article-body", negative for "sidebar" or "comments".</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (Negative().IsMatch(name))
            {
                weight -= 25;
            }

            if (Positive().IsMatch(name))
            {
                weight += 25;
            }
        }

        return Math.Clamp(weight, -25, 25);
    }

    /// <summary>True for names that explicitly mark the article body (itemprop="articleBody", "article-body", "story-text"...).</summary>
    public static bool MarksArticleBody(IElement element)
    {
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var names = Names(element);
        return names.Length > 0 && ArticleBody().IsMatch(names);
    }

    private static string Names(IElement element) => $"{element.ClassName} {element.Id} {element.GetAttribute("role")}".Trim();

    [GeneratedRegex(@"-ad-|\bads?\b|advert|ad-?slot|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|\bnav|newsletter|outbrain|\bpager\b|pagination|popup|promo|recirc|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|signup|supplemental|taboola|tags?\b|toolbar|tooltip|trending|widget|most-?(read|popular)|read-?more|more-stories|newsletter|paywall|inline-?cta|author-?bio|byline|caption|credit|timestamp|dateline|print|jump|skip", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-?text|text", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|subscribe|recirc|taboola", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"article[-_]?(body|content|text)|story[-_]?(body|content|text)|entry[-_]?content|post[-_]?(body|content|entry)|body[-_]?(text|copy|content)|articlebody|main[-_]?text|rich[-_]?text|article__body|c-entry-content|field--name-body", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBody();
}
