using Digest.Application.Publish;
using Digest.Cli.Files;
using Digest.Storage;

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
        var html = Path.Combine(destination.FullName, DigestFiles.Html);
        await storage.Digests.GetBlobClient(publication.Paths.Html).DownloadToAsync(html, cancellationToken);
        await storage.Digests.GetBlobClient(publication.Paths.Text).DownloadToAsync(Path.Combine(destination.FullName, DigestFiles.Text), cancellationToken);
        await storage.Digests.GetBlobClient(publication.Paths.Json).DownloadToAsync(Path.Combine(destination.FullName, DigestFiles.Json), cancellationToken);

        // The whole digest is stored only when the e-mail had to shorten it; a copy left from an earlier digest would be stale.
        var full = Path.Combine(destination.FullName, DigestFiles.FullHtml);
        var stored = storage.Digests.GetBlobClient(publication.Paths.FullHtml);
        if (await stored.ExistsAsync(cancellationToken))
        {
            await stored.DownloadToAsync(full, cancellationToken);
        }
        else
        {
            File.Delete(full);
        }

        return html;
    }
}
