using Azure.Storage.Blobs.Models;
using Digest.Application.Deliver;
using Digest.Core.Digests;
using Digest.Storage;
using Digest.Storage.Digests;
using Digest.Storage.Runtime;
using Digest.Storage.Stories;
using Digest.Storage.Summaries;
using Microsoft.Extensions.Logging;

namespace Digest.Application.Publish;

/// <summary>
/// Builds the digest for one period from every stored summary, stores it, and hands it to delivery. The body of the
/// timer-triggered function, and the only writer of digest state. Building the same period twice overwrites, never
/// duplicates, and never sends it twice on any channel.
/// </summary>
public sealed partial class DigestPublisher(
    DigestStorage storage,
    SummarySnapshot summaries,
    StoredStoryIndex stories,
    DigestComposer composer,
    DigestDelivery delivery,
    IFullDigestLinks links,
    ILogger<DigestPublisher> logger)
{
    private readonly RuntimeRecords _records = new(storage.Runtime, logger);

    public async Task<DigestPublication> PublishAsync(DateTimeOffset period, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(period.UtcDateTime);
        var refresh = await summaries.RefreshAsync(period, cancellationToken);
        var usable = refresh.All.Count(summary => summary.Error is null);
        var active = await stories.UpdateAsync(refresh, today, cancellationToken);
        var previous = await _records.ReadAsync<DigestState>(RuntimeBlobPaths.DigestState, cancellationToken);

        // A rebuild of the period already recorded reuses its cut-off, so a retry reports the same news.
        var since = previous is null ? null : previous.Period == period ? previous.Since : previous.Period;
        var paths = DigestBlobPaths.For(period);
        var request = new DigestRequest(period, since, refresh.Arrived) { FullDigest = await links.ForAsync(paths.FullHtml, cancellationToken) };
        var rendered = composer.ComposeStories(active, request);

        // The whole digest goes first, so the e-mail's link to it works from the moment the e-mail exists.
        if (rendered.Full is { } full)
        {
            await UploadAsync(paths.FullHtml, full.Html, "text/html; charset=utf-8", cancellationToken);
        }
        else
        {
            await storage.Digests.GetBlobClient(paths.FullHtml).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }

        await UploadAsync(paths.Html, rendered.Html, "text/html; charset=utf-8", cancellationToken);
        await UploadAsync(paths.Text, rendered.Text, "text/plain; charset=utf-8", cancellationToken);
        await UploadAsync(paths.Json, rendered.Json, "application/json; charset=utf-8", cancellationToken);
        await UploadAsync(DigestBlobPaths.LatestHtml, rendered.Html, "text/html; charset=utf-8", cancellationToken);
        await UploadAsync(DigestBlobPaths.LatestText, rendered.Text, "text/plain; charset=utf-8", cancellationToken);
        await _records.WriteAsync(RuntimeBlobPaths.DigestState, new DigestState(period, since), cancellationToken);

        LogPublished(logger, period, usable, refresh.All.Count - usable, paths.Html);

        // A period no article arrived in is stored, but mailed only when asked for; what is already queued still goes out.
        // Arrival is first sight, as for what is new: an article parsed again is not news. A rebuild of a recorded period
        // is never quiet: its articles were found by the first build.
        var quiet = previous is not null && previous.Period != period
            && !refresh.All.Any(summary => summary.Error is null && refresh.Arrived.GetValueOrDefault(summary.Name) > previous.Period);
        if (quiet && !composer.Options.SendWhenQuiet)
        {
            LogQuiet(logger, period, since);
            return new DigestPublication(period, rendered.Subject, usable, paths) { Delivery = await delivery.SendPendingAsync(cancellationToken) };
        }

        // Stored first, so a mail server that is down costs the email, never the digest.
        var delivered = await delivery.DeliverAsync(new PendingDelivery(period, rendered.Subject, paths.Text, paths.Html, paths.Json), cancellationToken);
        return new DigestPublication(period, rendered.Subject, usable, paths) { Delivery = delivered };
    }

    private async Task UploadAsync(string name, string content, string contentType, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await storage.Digests.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), options, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u}: no article arrived since {Since:u}, so it is stored but not mailed (DigestSendEmpty is off)")]
    private static partial void LogQuiet(ILogger logger, DateTimeOffset period, DateTimeOffset? since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {Period:u} built from {Articles} article(s) ({Skipped} unparseable skipped): digests/{Blob}")]
    private static partial void LogPublished(ILogger logger, DateTimeOffset period, int articles, int skipped, string blob);
}
