using Digest.Application.Publish;
using Digest.Cli.Files;
using Digest.Core.Digests;
using Digest.Storage;

namespace Digest.Cli.Hosting;

/// <summary>
/// Links a digest a command copies to a local folder to the copy of the whole digest beside it: the Azurite a command
/// started is gone when it exits, so a link into it would not open.
/// </summary>
public sealed class LocalFileFullDigestLinks(DirectoryInfo destination) : IFullDigestLinks
{
    public Task<FullDigestLink> ForAsync(string blobName, CancellationToken cancellationToken) =>
        Task.FromResult(new FullDigestLink(
            new Uri(Path.Combine(destination.FullName, DigestFiles.FullHtml)).AbsoluteUri,
            $"{StorageContainers.Digests}/{blobName}"));
}
