using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Storage.Diagnostics;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.Storage.Delivery;

/// <summary>
/// Mails stored digests, each period at most once. A period is queued in the outbox when its digest is stored and
/// leaves it only once the server has accepted it and its sent marker is written; whatever a failure leaves in the
/// outbox is sent by the next pass. Runs under the digest timer's singleton lease, so two passes never race.
/// </summary>
public sealed partial class DigestDelivery(DigestStorage storage, DigestMailer? mailer, TimeProvider timeProvider, ILogger<DigestDelivery> logger)
{
    private readonly RuntimeRecords _records = new(storage.Runtime, logger);

    private int _offLogged;

    public bool Enabled => mailer is not null;

    /// <summary>Queues the digest of a period unless it was already sent, then sends everything queued, oldest first.</summary>
    public async Task<DeliveryReport> DeliverAsync(PendingDelivery digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (mailer is null)
        {
            if (Interlocked.Exchange(ref _offLogged, 1) == 0)
            {
                LogDeliveryOff(logger);
            }

            return DeliveryReport.Off;
        }

        if (await _records.ExistsAsync(RuntimeBlobPaths.Sent(digest.Period), cancellationToken))
        {
            LogAlreadySent(logger, digest.Period);
        }
        else
        {
            await _records.WriteAsync(RuntimeBlobPaths.Outbox(digest.Period), digest, cancellationToken);
        }

        return await SendPendingAsync(cancellationToken);
    }

    /// <summary>Sends every queued digest not yet sent, oldest first; stops trying at the first failure, which is logged.</summary>
    public async Task<DeliveryReport> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (mailer is null)
        {
            return DeliveryReport.Off;
        }

        var sent = new List<DateTimeOffset>();
        var waiting = new List<DateTimeOffset>();
        var failed = false;
        foreach (var name in await ListOutboxAsync(cancellationToken))
        {
            if (await _records.ReadAsync<PendingDelivery>(name, cancellationToken) is not { } pending)
            {
                continue;
            }

            if (failed)
            {
                waiting.Add(pending.Period);
                continue;
            }

            var marker = RuntimeBlobPaths.Sent(pending.Period);
            if (await _records.ExistsAsync(marker, cancellationToken))
            {
                await _records.DeleteAsync(name, cancellationToken);
                continue;
            }

            if (await ReadEmailAsync(pending, cancellationToken) is not { } email)
            {
                LogDigestMissing(logger, pending.Period, pending.HtmlBlob);
                await _records.DeleteAsync(name, cancellationToken);
                continue;
            }

            var message = mailer.BuildMessage(email);
            try
            {
                await mailer.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The digest stays stored and queued; the next run tries again rather than failing this one.
                LogSendFailed(logger, pending.Period, mailer.Options.Host, mailer.Options.Port, FailureReason.Of(e));
                LogFailureDetail(logger, e, "Sending the digest");
                failed = true;
                waiting.Add(pending.Period);
                continue;
            }

            var record = new SentDigest(pending.Period, email.Subject, message.MessageId ?? string.Empty, mailer.Options.To, timeProvider.GetUtcNow());
            await _records.WriteAsync(marker, record, cancellationToken);
            await _records.DeleteAsync(name, cancellationToken);
            LogSent(logger, pending.Period, mailer.Options.To.Count, email.Subject);
            sent.Add(pending.Period);
        }

        return new DeliveryReport(true, sent, waiting);
    }

    private async Task<List<string>> ListOutboxAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in storage.Runtime.GetBlobsAsync(BlobTraits.None, BlobStates.None, RuntimeBlobPaths.OutboxPrefix, cancellationToken))
        {
            names.Add(item.Name);
        }

        // yyyy/MM/dd/HHmm names sort in time order.
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private async Task<DigestEmail?> ReadEmailAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        try
        {
            var text = await storage.Digests.GetBlobClient(pending.TextBlob).DownloadContentAsync(cancellationToken);
            var html = await storage.Digests.GetBlobClient(pending.HtmlBlob).DownloadContentAsync(cancellationToken);
            return new DigestEmail(pending.Period, pending.Subject, text.Value.Content.ToString(), html.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email delivery is off (Smtp__Host is not set); digests are only stored")]
    private static partial void LogDeliveryOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u} was already sent; not sending it again")]
    private static partial void LogAlreadySent(ILogger logger, DateTimeOffset period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u} sent to {Recipients} recipient(s): {Subject}")]
    private static partial void LogSent(ILogger logger, DateTimeOffset period, int recipients, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Period:u} could not be sent through {Host}:{Port} ({Reason}); it stays stored and is sent on the next run")]
    private static partial void LogSendFailed(ILogger logger, DateTimeOffset period, string host, int port, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{What} failed")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string what);


    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Period:u} is queued but digests/{Blob} is gone; dropping it from the outbox")]
    private static partial void LogDigestMissing(ILogger logger, DateTimeOffset period, string blob);
}
