namespace Digest.Application.Deliver;

/// <summary>
/// The stored digest of one period as the channels send it: subject, text and HTML parts, and the digest's JSON model
/// (null for an entry queued before the JSON was queued with it; the e-mail never needed it).
/// </summary>
public sealed record StoredDigest(DateTimeOffset Period, string Subject, string Text, string Html, string? Json = null);
