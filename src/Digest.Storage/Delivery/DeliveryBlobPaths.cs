using System.Globalization;

namespace Digest.Storage.Delivery;

/// <summary>Where delivery keeps its bookkeeping in the runtime container, one blob per digest period.</summary>
public static class DeliveryBlobPaths
{
    /// <summary>Prefix of the periods stored but not yet sent.</summary>
    public const string OutboxPrefix = "digests/outbox/";

    /// <summary>Prefix of the periods sent; a marker is written only after the server accepted the message.</summary>
    public const string SentPrefix = "digests/sent/";

    public static string Outbox(DateTimeOffset period) => OutboxPrefix + Stem(period);

    public static string Sent(DateTimeOffset period) => SentPrefix + Stem(period);

    private static string Stem(DateTimeOffset period) =>
        period.UtcDateTime.ToString("yyyy/MM/dd/HHmm", CultureInfo.InvariantCulture) + ".json";
}
