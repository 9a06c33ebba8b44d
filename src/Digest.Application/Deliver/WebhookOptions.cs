using Digest.Storage.Settings;

namespace Digest.Application.Deliver;

/// <summary>
/// Where the webhook channel posts each digest, and how hard it tries. The URL is a secret — Slack's and Teams' carry
/// their token in the path — so nothing here ever shows more of it than its host.
/// </summary>
public sealed record WebhookOptions(Uri Url)
{
    /// <summary>
    /// Attempts per run before the digest waits for the next run: enough to ride out a receiver's restart or a brief
    /// rate limit, few enough that a receiver that is down costs the timer seconds, not minutes.
    /// </summary>
    public const int DefaultMaxAttempts = 4;

    /// <summary>The wait before the first retry; each later one doubles it (with jitter): 2, 4, 8 s for the default attempts.</summary>
    public static readonly TimeSpan DefaultFirstRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest wait between attempts, whatever a Retry-After header asks: a receiver asking for an hour would
    /// otherwise hold the digest timer for the hour; the next run tries again instead.
    /// </summary>
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take: Slack and Teams answer within a few seconds or not at all.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; init; } = DefaultMaxAttempts;

    public TimeSpan FirstRetryDelay { get; init; } = DefaultFirstRetryDelay;

    public TimeSpan MaxRetryDelay { get; init; } = DefaultMaxRetryDelay;

    public TimeSpan AttemptTimeout { get; init; } = DefaultAttemptTimeout;

    /// <summary>The URL as a log line may show it: its host only.</summary>
    public string Host => Url.IsDefaultPort ? Url.Host : $"{Url.Host}:{Url.Port}";

    /// <summary>
    /// Reads <c>DigestWebhookUrl</c> through <paramref name="setting"/>. Returns null when it is not set: the channel is
    /// off. Throws when it is not an absolute https URL (http only to this machine, for a local receiver), without
    /// repeating the value, which is a secret.
    /// </summary>
    public static WebhookOptions? Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (setting(SettingNames.DigestWebhookUrl) is not { } value || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            // The token travels in the URL: over plain http anyone on the way could read it.
            throw new FormatException($"{SettingNames.DigestWebhookUrl} must be an absolute https URL (http only to localhost); the value given is not shown because it is a secret.");
        }

        return new WebhookOptions(url);
    }

    // The URL must never reach a log line through the record's generated ToString.
    public override string ToString() => $"webhook to {Host} ({MaxAttempts} attempts)";
}
