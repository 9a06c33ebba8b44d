using Azure;
using Azure.Storage.Blobs.Models;
using Digest.Storage;
using Digest.Storage.Diagnostics;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging;

namespace Digest.Application.Deliver;

/// <summary>
/// Sends stored digests through every channel that is on, each period at most once per channel. A period is queued in
/// a channel's outbox when its digest is stored and leaves it only once the channel's receiver has accepted it and the
/// channel's sent marker is written; whatever a failure leaves in an outbox is sent by the next pass. Channels keep
/// apart: one that fails neither stops nor delays another. Runs under the digest timer's singleton lease, so two passes
/// never race.
/// </summary>
public sealed partial class DigestDelivery(DigestStorage storage, IEnumerable<IDeliveryChannel> channels, ILogger<DigestDelivery> logger)
{
    private readonly RuntimeRecords _records = new(storage.Runtime, logger);
    private readonly IReadOnlyList<IDeliveryChannel> _channels = [.. channels.Where(channel => channel.Enabled)];

    private int _offLogged;

    public bool Enabled => _channels.Count > 0;

    /// <summary>Queues the digest of a period on each channel that has not sent it, then sends everything queued, oldest first.</summary>
    public async Task<DeliveryReport> DeliverAsync(PendingDelivery digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (!Enabled)
        {
            if (Interlocked.Exchange(ref _offLogged, 1) == 0)
            {
                LogDeliveryOff(logger);
            }

            return DeliveryReport.Off;
        }

        foreach (var channel in _channels)
        {
            if (await _records.ExistsAsync(RuntimeBlobPaths.Sent(digest.Period, channel.Name), cancellationToken))
            {
                LogAlreadySent(logger, digest.Period, channel.Name);
            }
            else
            {
                await _records.WriteAsync(RuntimeBlobPaths.Outbox(digest.Period, channel.Name), digest, cancellationToken);
            }
        }

        return await SendPendingAsync(cancellationToken);
    }

    /// <summary>Sends every queued digest not yet sent, channel by channel, oldest first.</summary>
    public async Task<DeliveryReport> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return DeliveryReport.Off;
        }

        var reports = new List<ChannelReport>();
        foreach (var channel in _channels)
        {
            reports.Add(await SendPendingAsync(channel, cancellationToken));
        }

        return new DeliveryReport(true, reports);
    }

    /// <summary>Sends a channel's queue, oldest first; stops trying that channel at its first failure, which is logged.</summary>
    private async Task<ChannelReport> SendPendingAsync(IDeliveryChannel channel, CancellationToken cancellationToken)
    {
        var sent = new List<DateTimeOffset>();
        var waiting = new List<DateTimeOffset>();
        var failed = false;
        foreach (var name in await ListOutboxAsync(channel, cancellationToken))
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

            var marker = RuntimeBlobPaths.Sent(pending.Period, channel.Name);
            if (await _records.ExistsAsync(marker, cancellationToken))
            {
                await _records.DeleteAsync(name, cancellationToken);
                continue;
            }

            if (await ReadDigestAsync(pending, cancellationToken) is not { } digest)
            {
                LogDigestMissing(logger, pending.Period, channel.Name, pending.HtmlBlob);
                await _records.DeleteAsync(name, cancellationToken);
                continue;
            }

            SentDigest record;
            try
            {
                record = await channel.SendAsync(digest, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The digest stays stored and queued; the next run tries again rather than failing this one.
                LogSendFailed(logger, pending.Period, channel.Name, channel.Destination, FailureReason.Of(e));
                LogFailureDetail(logger, e, "Sending the digest");
                failed = true;
                waiting.Add(pending.Period);
                continue;
            }

            await _records.WriteAsync(marker, record, cancellationToken);
            await _records.DeleteAsync(name, cancellationToken);
            LogSent(logger, pending.Period, channel.Name, channel.Destination, record.Recipients.Count, digest.Subject);
            sent.Add(pending.Period);
        }

        return new ChannelReport(channel.Name, sent, waiting);
    }

    private async Task<List<string>> ListOutboxAsync(IDeliveryChannel channel, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in storage.Runtime.GetBlobsAsync(BlobTraits.None, BlobStates.None, RuntimeBlobPaths.OutboxPrefixOf(channel.Name), cancellationToken))
        {
            names.Add(item.Name);
        }

        // yyyy/MM/dd/HHmm names sort in time order.
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private async Task<StoredDigest?> ReadDigestAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        try
        {
            var text = await storage.Digests.GetBlobClient(pending.TextBlob).DownloadContentAsync(cancellationToken);
            var html = await storage.Digests.GetBlobClient(pending.HtmlBlob).DownloadContentAsync(cancellationToken);
            var json = pending.JsonBlob is null ? null : await storage.Digests.GetBlobClient(pending.JsonBlob).DownloadContentAsync(cancellationToken);
            return new StoredDigest(pending.Period, pending.Subject, text.Value.Content.ToString(), html.Value.Content.ToString(), json?.Value.Content.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery is off (neither Smtp__Host nor DigestWebhookUrl is set); digests are only stored")]
    private static partial void LogDeliveryOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u} was already sent by {Channel}; not sending it again")]
    private static partial void LogAlreadySent(ILogger logger, DateTimeOffset period, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u} sent by {Channel} through {Destination} to {Recipients} recipient(s): {Subject}")]
    private static partial void LogSent(ILogger logger, DateTimeOffset period, string channel, string destination, int recipients, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Period:u} could not be sent by {Channel} through {Destination} ({Reason}); it stays stored and is sent on the next run")]
    private static partial void LogSendFailed(ILogger logger, DateTimeOffset period, string channel, string destination, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{What} failed")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Period:u} is queued for {Channel} but digests/{Blob} is gone; dropping it from that outbox")]
    private static partial void LogDigestMissing(ILogger logger, DateTimeOffset period, string channel, string blob);
}
