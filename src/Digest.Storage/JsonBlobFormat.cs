namespace Digest.Storage;

/// <summary>How a <see cref="JsonBlob"/> is stored: plain JSON a person can read, or gzip for the large records read whole every digest.</summary>
public enum JsonBlobFormat
{
    Plain,
    Gzip,
}
