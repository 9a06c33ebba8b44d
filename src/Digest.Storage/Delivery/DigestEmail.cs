namespace Digest.Storage.Delivery;

/// <summary>The digest of one period as it is mailed: subject, text part and HTML part.</summary>
public sealed record DigestEmail(DateTimeOffset Period, string Subject, string Text, string Html);
