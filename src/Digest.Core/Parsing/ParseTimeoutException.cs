namespace Digest.Core.Parsing;

/// <summary>An article ran past its time budget; its summary records the message as its error.</summary>
internal sealed class ParseTimeoutException : Exception
{
    public ParseTimeoutException()
    {
    }

    public ParseTimeoutException(string message)
        : base(message)
    {
    }

    public ParseTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
