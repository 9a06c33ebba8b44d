using Azure;

namespace Digest.Storage;

/// <summary>A <see cref="JsonBlob"/> that exists but does not hold the value asked for; names the blob, its version and why.</summary>
public sealed class UnreadableBlobException : Exception
{
    public UnreadableBlobException()
    {
    }

    public UnreadableBlobException(string message)
        : base(message)
    {
    }

    public UnreadableBlobException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnreadableBlobException(string container, string name, ETag version, Exception innerException)
        : base($"{container}/{name} cannot be read ({innerException?.Message})", innerException)
    {
        Container = container;
        Name = name;
        Version = version;
    }

    public string Container { get; } = string.Empty;

    public string Name { get; } = string.Empty;

    /// <summary>The version that could not be read, so it is reported once however often it is read again.</summary>
    public ETag Version { get; }
}
