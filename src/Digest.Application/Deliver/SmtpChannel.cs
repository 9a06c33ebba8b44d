using Digest.Storage.Runtime;

namespace Digest.Application.Deliver;

/// <summary>E-mail over SMTP: the digest's text and HTML parts as one message to every configured recipient.</summary>
public sealed class SmtpChannel(DigestMailer? mailer, TimeProvider timeProvider) : IDeliveryChannel
{
    /// <summary>The channel that existed before there were channels; its outbox and sent markers keep their old paths.</summary>
    public const string ChannelName = RuntimeBlobPaths.EmailChannel;

    public string Name => ChannelName;

    public string Destination => mailer is null ? "(off)" : $"{mailer.Options.Host}:{mailer.Options.Port}";

    public bool Enabled => mailer is not null;

    public async Task<SentDigest> SendAsync(StoredDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (mailer is null)
        {
            throw new InvalidOperationException($"The {ChannelName} channel is off.");
        }

        var message = mailer.BuildMessage(digest);
        await mailer.SendAsync(message, cancellationToken);
        return new SentDigest(digest.Period, digest.Subject, message.MessageId ?? string.Empty, mailer.Options.To, timeProvider.GetUtcNow());
    }
}
