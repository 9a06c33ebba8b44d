using Digest.Core.Digests;

namespace Digest.Application.Publish;

/// <summary>Makes the link an e-mail gives to the whole digest it had to shorten, before the digest is stored.</summary>
public interface IFullDigestLinks
{
    /// <summary>The link to the blob <paramref name="blobName"/> of the <c>digests</c> container, which is about to be written.</summary>
    Task<FullDigestLink> ForAsync(string blobName, CancellationToken cancellationToken);
}
