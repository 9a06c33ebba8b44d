using System.Text.Json;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>The schema.org article facts a page declares in JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? ArticleBody, string? DatePublished, string? DateModified, string? Author, string? Publisher)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting",
        "WebPage", "ItemPage", "Blog", "Posting",
    };

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? best = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var candidate in Objects(json.RootElement))
                {
                    var article = FromObject(candidate);
                    // A specific article type beats a generic WebPage; the first of each kind wins.
                    if (article is not null && (best is null || (best.ArticleBody is null && article.ArticleBody is not null) || (best.DatePublished is null && article.DatePublished is not null)))
                    {
                        best = best is null ? article : Merge(best, article);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other signals still count.
            }
        }

        return best;
    }

    private static JsonLdArticle Merge(JsonLdArticle first, JsonLdArticle second) => new(
        first.Headline ?? second.Headline,
        first.ArticleBody ?? second.ArticleBody,
        first.DatePublished ?? second.DatePublished,
        first.DateModified ?? second.DateModified,
        first.Author ?? second.Author,
        first.Publisher ?? second.Publisher);

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Objects))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Objects(graph))
                {
                    yield return item;
                }
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var item in Objects(main))
                {
                    yield return item;
                }
            }
        }
    }

    private static JsonLdArticle? FromObject(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type) || !TypeNames(type).Any(ArticleTypes.Contains))
        {
            return null;
        }

        return new JsonLdArticle(
            Text(element, "headline") ?? Text(element, "name"),
            Text(element, "articleBody"),
            Text(element, "datePublished") ?? Text(element, "dateCreated"),
            Text(element, "dateModified"),
            Names(element, "author", skipOrganizations: true),
            Names(element, "publisher"));
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    // An author given as an Organization is the outlet or a desk ("Reuters", "Redaktion"), not a person's byline.
    private static readonly HashSet<string> OrganizationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "OnlineBusiness", "WebSite", "Brand",
    };

    private static string? Names(JsonElement element, string property, bool skipOrganizations = false)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            .Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when skipOrganizations && item.TryGetProperty("@type", out var type) && TypeNames(type).Any(OrganizationTypes.Contains) => null,
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            })
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
