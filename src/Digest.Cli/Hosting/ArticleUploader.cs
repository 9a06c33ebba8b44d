using Azure.Storage.Blobs.Models;
using Digest.Cli.Files;
using Digest.Storage;
using Digest.Storage.Articles;

namespace Digest.Cli.Hosting;

/// <summary>Drops local article files into the <c>articles</c> container, carrying sidecar metadata as blob metadata.</summary>
public static class ArticleUploader
{
    public static async Task<int> UploadAsync(DigestStorage storage, IReadOnlyList<FileInfo> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(files);
        var progress = new ConsoleProgress("Uploading", files.Count);
        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var metadata = await ArticleFiles.ReadMetadataAsync(file, token);
                var options = new BlobUploadOptions { Metadata = ArticleBlobMetadata.Write(metadata) };
                await using var content = file.OpenRead();
                await storage.Articles.GetBlobClient(file.Name).UploadAsync(content, options, token);
                progress.Advance(file.Name);
            });
        return files.Count;
    }
}
