using Azure;
using Digest.Core.Rendering;
using Digest.Storage.Diagnostics;
using Digest.Storage.Settings;

namespace Digest.Storage.Templates;

/// <summary>
/// Opens the templates the <c>DigestTemplates</c> setting names: a folder on this machine (relative to the current
/// directory, or absolute), else a blob prefix <c>container/path/</c> in the storage account. Templates it lacks come
/// from the embedded ones; when it names neither a folder nor a prefix holding a template, that is a setting error.
/// </summary>
public static class DigestTemplateSetting
{
    public static async Task<ITemplateSource> OpenAsync(string? setting, DigestStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (OpenFolder(setting) is { } local)
        {
            return local;
        }

        var value = setting!.Trim();
        var names = EmbeddedTemplateSource.Names();
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var container = storage.Service.GetBlobContainerClient(slash < 0 ? value : value[..slash]);
        var prefix = slash < 0 ? string.Empty : value[(slash + 1)..].TrimEnd('/');
        var templates = new Dictionary<string, StoredTemplate>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var blob = container.GetBlobClient(prefix.Length == 0 ? name : $"{prefix}/{name}");
            try
            {
                var content = await blob.DownloadContentAsync(cancellationToken);
                templates[name] = new StoredTemplate(ShownUri.Of(blob.Uri), content.Value.Content.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Not overridden: the embedded template stays.
            }
        }

        return templates.Count > 0
            ? new StoredTemplateSource(templates)
            : throw Missing(value, $"there is no such folder here, and no such blobs under {ShownUri.Of(container.Uri)}/{prefix}");
    }

    /// <summary>
    /// The templates of a setting that is unset (the embedded ones) or names a folder; null when it names something else,
    /// which only <see cref="OpenAsync"/> can read.
    /// </summary>
    public static ITemplateSource? OpenFolder(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return EmbeddedTemplateSource.Instance;
        }

        var value = setting.Trim();
        if (!Directory.Exists(value))
        {
            return null;
        }

        return EmbeddedTemplateSource.Names().Any(name => File.Exists(Path.Combine(value, name)))
            ? new FolderTemplateSource(value)
            : throw Missing(value, $"the folder {Path.GetFullPath(value)} has none of them");
    }

    private static FormatException Missing(string value, string why) =>
        new($"{SettingNames.DigestTemplates} \"{value}\" names no templates ({string.Join(", ", EmbeddedTemplateSource.Names())}): {why}.");
}
