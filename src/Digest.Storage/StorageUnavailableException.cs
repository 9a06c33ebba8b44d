namespace Digest.Storage;

/// <summary>The storage account cannot be reached or refuses the credentials: an operator's setting, or an outage, to say in one line.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
