namespace Digest.Core.Digests;

/// <summary>
/// Where a reader finds the whole digest when the e-mail had to leave part of it out to fit the inbox budget.
/// </summary>
/// <param name="Url">
/// An address to open: a time-limited link to the stored digest, a local file, or a file name beside the e-mail's own
/// copy; null when none could be made, and the digest is named by <paramref name="StoredAs"/> alone.
/// </param>
/// <param name="StoredAs">Where the whole digest is stored, e.g. <c>digests/2021/02/22/0700.full.html</c>.</param>
/// <param name="ExpiresOn">When <paramref name="Url"/> stops working, or null when it does not expire.</param>
public sealed record FullDigestLink(string? Url, string StoredAs, DateTimeOffset? ExpiresOn = null);
