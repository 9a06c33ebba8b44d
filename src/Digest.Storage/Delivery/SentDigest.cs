namespace Digest.Storage.Delivery;

/// <summary>The marker of a period whose digest the SMTP server accepted: what was sent, to whom, and when.</summary>
public sealed record SentDigest(DateTimeOffset Period, string Subject, string MessageId, IReadOnlyList<string> Recipients, DateTimeOffset SentAt);
