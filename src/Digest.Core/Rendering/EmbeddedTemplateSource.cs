namespace Digest.Core.Rendering;

/// <summary>The templates compiled into this assembly: the default.</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private const string ResourcePrefix = "Digest.Core.Rendering.Templates.";

    public static EmbeddedTemplateSource Instance { get; } = new();

    public string Load(string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        using var stream = typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceStream(ResourcePrefix + templateName)
            ?? throw new FileNotFoundException($"No embedded template named '{templateName}'.", templateName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string OriginOf(string templateName) => "embedded " + templateName;

    /// <summary>The names of the embedded templates, e.g. to copy them to a folder as a starting point for overrides.</summary>
    public static IReadOnlyList<string> Names() =>
        typeof(EmbeddedTemplateSource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
