namespace Digest.Core.Rendering;

/// <summary>
/// A digest template that cannot be used: each error names the template's file (or blob), line and column, so an operator
/// who edited a template learns what to fix when the host starts, not when the morning digest fails.
/// </summary>
public sealed class DigestTemplateException : FormatException
{
    public DigestTemplateException()
    {
    }

    public DigestTemplateException(string message)
        : base(message)
    {
    }

    public DigestTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
