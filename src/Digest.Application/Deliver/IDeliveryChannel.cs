namespace Digest.Application.Deliver;

/// <summary>
/// One way a stored digest reaches its readers. Each channel has its own outbox and sent markers, so each sends a
/// period at most once and a channel that fails never holds back another.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>Names the channel in logs and in its outbox and sent-marker paths (<see cref="Storage.Runtime.RuntimeBlobPaths"/>).</summary>
    string Name { get; }

    /// <summary>Where the channel sends, as a log line may show it: never a secret.</summary>
    string Destination { get; }

    /// <summary>Whether the channel's settings are given; a channel that is off queues and sends nothing.</summary>
    bool Enabled { get; }

    /// <summary>Sends one digest; returns the sent marker to keep, or throws when the digest was not accepted.</summary>
    Task<SentDigest> SendAsync(StoredDigest digest, CancellationToken cancellationToken);
}
