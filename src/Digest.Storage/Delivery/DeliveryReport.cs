namespace Digest.Storage.Delivery;

/// <summary>What one delivery pass did: the periods it sent and those still waiting (after a failure).</summary>
public sealed record DeliveryReport(bool Enabled, IReadOnlyList<DateTimeOffset> Sent, IReadOnlyList<DateTimeOffset> Waiting)
{
    public static DeliveryReport Off { get; } = new(false, [], []);
}
