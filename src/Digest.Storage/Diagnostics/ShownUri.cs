namespace Digest.Storage.Diagnostics;

/// <summary>
/// A storage address as it may be shown in a log line or message: without its query, which for a SAS connection holds
/// the signature — a secret that would otherwise reach logs through every URI of every container and blob.
/// </summary>
public static class ShownUri
{
    public static string Of(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.GetLeftPart(UriPartial.Path);
    }
}
