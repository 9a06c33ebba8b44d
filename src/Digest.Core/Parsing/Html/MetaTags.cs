using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// A page's <c>&lt;meta&gt;</c> tags by name (<c>property</c>, <c>name</c> or <c>http-equiv</c>, any case), read once: the
/// first non-blank content of each, as the page gives it.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _content = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("http-equiv");
            if (name is not null && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                _content.TryAdd(name, content);
            }
        }
    }

    /// <summary>The content of the first of <paramref name="names"/> the page has, as written; null when it has none.</summary>
    public string? First(params string[] names) =>
        names.Select(name => _content.GetValueOrDefault(name)).FirstOrDefault(content => content is not null);
}
