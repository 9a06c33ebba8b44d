using System.Text.Json;
using Digest.Core.Summaries;

namespace Digest.Cli.Files;

/// <summary>
/// Reads articles from local files: expands directories, skips <c>.meta.json</c> sidecars, and applies a file's
/// sidecar (<c>X.meta.json</c> beside <c>X</c>, keys <c>published</c>, <c>url</c>, <c>source</c>) as its metadata.
/// </summary>
public static class ArticleFiles
{
    public const string SidecarSuffix = ".meta.json";

    /// <summary>Every article file under the given files and directories, in name order, without duplicates.</summary>
    public static IReadOnlyList<FileInfo> Expand(IEnumerable<string> paths)
    {
        var files = new SortedDictionary<string, FileInfo>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    Add(new FileInfo(file));
                }
            }
            else if (File.Exists(path))
            {
                Add(new FileInfo(path));
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }

        return [.. files.Values];

        void Add(FileInfo file)
        {
            if (!file.Name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase) && !file.Name.StartsWith('.'))
            {
                files.TryAdd(file.FullName, file);
            }
        }
    }

    public static async Task<ArticleInput> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        return new ArticleInput(file.Name, content, await ReadMetadataAsync(file, cancellationToken));
    }

    public static async Task<ArticleMetadata> ReadMetadataAsync(FileInfo file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sidecar = file.FullName + SidecarSuffix;
        if (!File.Exists(sidecar))
        {
            return ArticleMetadata.None;
        }

        try
        {
            await using var stream = File.OpenRead(sidecar);
            return await JsonSerializer.DeserializeAsync<ArticleMetadata>(stream, StoredJson.Options, cancellationToken) ?? ArticleMetadata.None;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sidecar} is not valid JSON with keys published, url, source: {e.Message}", e);
        }
    }
}
