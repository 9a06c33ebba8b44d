namespace Digest.Application.Deliver;

/// <summary>What one delivery pass did on every channel that is on.</summary>
public sealed record DeliveryReport(bool Enabled, IReadOnlyList<ChannelReport> Channels)
{
    public static DeliveryReport Off { get; } = new(false, []);

    /// <summary>The periods some channel sent in this pass, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Sent => [.. Channels.SelectMany(channel => channel.Sent).Distinct().Order()];

    /// <summary>The periods some channel still has to send, oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Waiting => [.. Channels.SelectMany(channel => channel.Waiting).Distinct().Order()];

    /// <summary>The report of the channel named <paramref name="channel"/>, or null when it is off.</summary>
    public ChannelReport? Of(string channel) => Channels.FirstOrDefault(report => report.Channel == channel);
}
