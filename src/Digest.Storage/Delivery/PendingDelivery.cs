namespace Digest.Storage.Delivery;

/// <summary>A stored digest waiting to be sent: its period, subject, and the blobs holding its two parts.</summary>
public sealed record PendingDelivery(DateTimeOffset Period, string Subject, string TextBlob, string HtmlBlob);
