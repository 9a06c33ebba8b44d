namespace Digest.Core.Rendering;

/// <summary>Templates read from a folder, falling back to another source (the embedded ones by default) for any the folder lacks.</summary>
public sealed class FolderTemplateSource(string folder, ITemplateSource? fallback = null) : ITemplateSource
{
    private readonly ITemplateSource _fallback = fallback ?? EmbeddedTemplateSource.Instance;

    public string Load(string templateName)
    {
        var path = PathOf(templateName);
        return File.Exists(path) ? File.ReadAllText(path) : _fallback.Load(templateName);
    }

    public string OriginOf(string templateName)
    {
        var path = PathOf(templateName);
        return File.Exists(path) ? Path.GetFullPath(path) : _fallback.OriginOf(templateName);
    }

    private string PathOf(string templateName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);

        // A template name is a file name, never a path that could reach outside the folder.
        if (templateName != Path.GetFileName(templateName))
        {
            throw new ArgumentException($"Template name '{templateName}' must be a plain file name.", nameof(templateName));
        }

        return Path.Combine(folder, templateName);
    }
}
