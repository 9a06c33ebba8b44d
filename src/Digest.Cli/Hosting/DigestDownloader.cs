using Digest.Storage;
using Digest.Storage.Digests;

namespace Digest.Cli.Hosting;

/// <summary>Copies a stored digest to a local folder so a person can open it; returns the HTML file's full path.</summary>
public static class DigestDownloader
{
    public static async Task<string> DownloadAsync(DigestStorage storage, DigestPublication publication, DirectoryInfo destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(destination);
        destination.Create();
        var html = Path.Combine(destination.FullName, "digest.html");
        await storage.Digests.GetBlobClient(publication.Paths.Html).DownloadToAsync(html, cancellationToken);
        await storage.Digests.GetBlobClient(publication.Paths.Text).DownloadToAsync(Path.Combine(destination.FullName, "digest.txt"), cancellationToken);
        await storage.Digests.GetBlobClient(publication.Paths.Json).DownloadToAsync(Path.Combine(destination.FullName, "digest.json"), cancellationToken);
        return html;
    }
}
