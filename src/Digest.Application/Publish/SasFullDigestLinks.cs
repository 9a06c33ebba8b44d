using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Digest.Core.Digests;
using Digest.Storage;
using Digest.Storage.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Digest.Application.Publish;

/// <summary>
/// Links to a stored digest with a read-only SAS for that one blob. In Azure, where the app signs in with its managed
/// identity and holds no account key, the SAS is signed with a user delegation key (the app's Storage Blob Data role
/// allows asking for one); with an account key (a connection string, Azurite) the key signs it. The container itself
/// stays private. When no SAS can be made, the e-mail names where the digest is stored instead.
/// </summary>
public sealed partial class SasFullDigestLinks(DigestStorage storage, TimeProvider time, ILogger<SasFullDigestLinks> logger) : IFullDigestLinks
{
    /// <summary>
    /// The longest a user delegation SAS may live: a daily or weekly reader can still open the digest when the next one
    /// arrives, and a forwarded e-mail stops opening it after a week.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<FullDigestLink> ForAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobName);
        var blob = storage.Digests.GetBlobClient(blobName);
        var storedAs = $"{StorageContainers.Digests}/{blobName}";
        var expiresOn = time.GetUtcNow() + Lifetime;
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresOn)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
        };
        try
        {
            if (blob.CanGenerateSasUri)
            {
                return new FullDigestLink(blob.GenerateSasUri(sas).AbsoluteUri, storedAs, expiresOn);
            }

            var key = await storage.Service.GetUserDelegationKeyAsync(startsOn: null, expiresOn, cancellationToken);
            var uri = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, storage.Service.AccountName) }.ToUri();
            return new FullDigestLink(uri.AbsoluteUri, storedAs, expiresOn);
        }
        catch (Exception e) when (e is RequestFailedException or Azure.Identity.AuthenticationFailedException)
        {
            LogNoLink(logger, storedAs, FailureReason.Of(e));
            return new FullDigestLink(null, storedAs);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No link to the full digest {StoredAs} could be made ({Reason}); the e-mail names where it is stored. The app's identity needs a Storage Blob Data role on the account to ask for a user delegation key")]
    private static partial void LogNoLink(ILogger logger, string storedAs, string reason);
}
