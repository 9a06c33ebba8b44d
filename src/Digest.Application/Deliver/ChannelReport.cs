namespace Digest.Application.Deliver;

/// <summary>What one delivery pass did on one channel: the periods it sent and those still waiting (after a failure).</summary>
public sealed record ChannelReport(string Channel, IReadOnlyList<DateTimeOffset> Sent, IReadOnlyList<DateTimeOffset> Waiting);
