namespace Digest.Application.Deliver;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text; only for a relay on a trusted network or a local test server.</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which the server must offer (port 587: Azure Communication Services, SendGrid).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it and plain text when it does not.</summary>
    Auto,
}
