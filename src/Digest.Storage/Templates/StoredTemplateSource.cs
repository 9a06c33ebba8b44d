using Digest.Core.Rendering;

namespace Digest.Storage.Templates;

/// <summary>Templates read once from blobs, in memory; a template the prefix lacks comes from the embedded ones.</summary>
public sealed class StoredTemplateSource(IReadOnlyDictionary<string, StoredTemplate> templates) : ITemplateSource
{
    public string Load(string templateName) =>
        templates.TryGetValue(templateName, out var template) ? template.Text : EmbeddedTemplateSource.Instance.Load(templateName);

    public string OriginOf(string templateName) =>
        templates.TryGetValue(templateName, out var template) ? template.Origin : EmbeddedTemplateSource.Instance.OriginOf(templateName);
}
