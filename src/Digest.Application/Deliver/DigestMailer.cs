using Digest.Storage.Runtime;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Digest.Application.Deliver;

/// <summary>Turns a digest into a MIME message (text and HTML alternatives) and sends it over SMTP with MailKit.</summary>
public sealed class DigestMailer(SmtpOptions options, TimeProvider timeProvider)
{
    public SmtpOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public MimeMessage BuildMessage(StoredDigest email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var from = MailboxAddress.Parse(Options.From);
        var message = new MimeMessage { Subject = email.Subject, Date = timeProvider.GetUtcNow() };
        message.From.Add(from);
        message.To.AddRange(Options.To.Select(MailboxAddress.Parse));

        // One id per period, so a mail client can recognise the rare duplicate a crash between send and marker leaves.
        var domain = from.Domain is { Length: > 0 } d ? d : "digest.local";
        message.MessageId = $"digest-{RuntimeBlobPaths.PeriodStem(email.Period).Replace("/", "", StringComparison.Ordinal)}@{domain}";

        // Text first: a multipart/alternative lists the plainest part first and the client shows the richest it can.
        message.Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();
        return message;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)Options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(Options.Host, Options.Port, SocketOptions(Options.TlsMode), cancellationToken);
        if (!string.IsNullOrEmpty(Options.User))
        {
            await client.AuthenticateAsync(Options.User, Options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
