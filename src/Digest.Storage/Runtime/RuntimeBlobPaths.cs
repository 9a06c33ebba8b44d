using System.Globalization;

namespace Digest.Storage.Runtime;

/// <summary>Every blob the runtime keeps for itself in the <c>digest-runtime</c> container, named in one place.</summary>
public static class RuntimeBlobPaths
{
    /// <summary>The cut-off and period of the last digest, so the next one reports what is new since.</summary>
    public const string DigestState = "digests/state.json";

    /// <summary>The name, ETag and content of every summary the last digest read (gzip JSON).</summary>
    public const string SummarySnapshot = "digests/summaries.snapshot.json.gz";

    /// <summary>The story index the last digest grouped summaries with (gzip JSON).</summary>
    public const string StoryIndex = "digests/stories.index.json.gz";

    /// <summary>Prefix of the periods stored but not yet e-mailed.</summary>
    public const string OutboxPrefix = "digests/outbox/";

    /// <summary>Prefix of the periods e-mailed; a marker is written only after the server accepted the message.</summary>
    public const string SentPrefix = "digests/sent/";

    /// <summary>The e-mail channel's outbox entry of a period.</summary>
    public static string Outbox(DateTimeOffset period) => OutboxPrefix + PeriodStem(period) + ".json";

    /// <summary>The e-mail channel's sent marker of a period.</summary>
    public static string Sent(DateTimeOffset period) => SentPrefix + PeriodStem(period) + ".json";

    /// <summary>
    /// Prefix of the periods a delivery channel has yet to send. E-mail, the only channel before there were several,
    /// keeps <see cref="OutboxPrefix"/>; any other channel has <c>digests/outbox-{channel}/</c>.
    /// </summary>
    public static string OutboxPrefixOf(string channel) => ChannelPrefix(OutboxPrefix, channel);

    /// <summary>Prefix of a channel's sent markers: <see cref="SentPrefix"/> for e-mail, so a deployed runtime's markers stay valid; <c>digests/sent-{channel}/</c> otherwise.</summary>
    public static string SentPrefixOf(string channel) => ChannelPrefix(SentPrefix, channel);

    public static string Outbox(DateTimeOffset period, string channel) => OutboxPrefixOf(channel) + PeriodStem(period) + ".json";

    public static string Sent(DateTimeOffset period, string channel) => SentPrefixOf(channel) + PeriodStem(period) + ".json";

    /// <summary>The e-mail channel's name, whose records keep the paths they had before there were several channels.</summary>
    public const string EmailChannel = "email";

    private static string ChannelPrefix(string emailPrefix, string channel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        return channel == EmailChannel ? emailPrefix : $"{emailPrefix.TrimEnd('/')}-{channel}/";
    }

    /// <summary>The local runtime's record of a timer's last and next occurrence.</summary>
    public static string TimerStatus(string function) => $"timers/{function}/status.json";

    /// <summary>The lease blob that lets one local runtime at a time run a function.</summary>
    public static string Lock(string function) => $"locks/{function}";

    /// <summary>Where the local runtime's scan of the articles container for a function has got to.</summary>
    public static string ScanState(string function) => $"scans/{function}/state.json";

    /// <summary>Prefix of the local runtime's receipts of the article versions a function has processed.</summary>
    public static string ReceiptsPrefix(string function) => $"receipts/{function}/";

    /// <summary>
    /// The <c>yyyy/MM/dd/HHmm</c> stem of a digest period in UTC (<c>HHmmss</c> for a period that does not start on a
    /// minute, so the slots of a sub-minute schedule never share a name), shared by the digests and their delivery
    /// records so the two always name a period alike. Names sort in time order either way.
    /// </summary>
    public static string PeriodStem(DateTimeOffset period) =>
        period.UtcDateTime.ToString(period.Second == 0 ? "yyyy/MM/dd/HHmm" : "yyyy/MM/dd/HHmmss", CultureInfo.InvariantCulture);
}
