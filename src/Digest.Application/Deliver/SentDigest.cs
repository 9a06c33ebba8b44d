namespace Digest.Application.Deliver;

/// <summary>
/// The marker of a period whose digest a channel's receiver accepted: what was sent, its id (the e-mail's Message-Id;
/// empty for a webhook, which has none), to whom (the recipients, or the webhook's host), and when.
/// </summary>
public sealed record SentDigest(DateTimeOffset Period, string Subject, string MessageId, IReadOnlyList<string> Recipients, DateTimeOffset SentAt);
