namespace Digest.Application.Deliver;

/// <summary>
/// A stored digest waiting to be sent: its period, subject, and the blobs holding its parts. <paramref name="JsonBlob"/>
/// is null in an entry a version before the webhook channel queued.
/// </summary>
public sealed record PendingDelivery(DateTimeOffset Period, string Subject, string TextBlob, string HtmlBlob, string? JsonBlob = null);
