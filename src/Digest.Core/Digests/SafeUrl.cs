namespace Digest.Core.Digests;

/// <summary>Keeps only web addresses a reader can safely follow; "javascript:" and other schemes never become links.</summary>
internal static class SafeUrl
{
    public static string? Of(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
