namespace Digest.Core.Digests;

/// <summary>
/// What a digest run asks for: when it is made, the cut-off of the previous digest ("new since"), and when each article
/// arrived, where the runtime knows it (an article that arrived since the cut-off is new whatever its publication date).
/// </summary>
public sealed record DigestRequest(DateTimeOffset GeneratedAt, DateTimeOffset? Since = null, IReadOnlyDictionary<string, DateTimeOffset>? Arrivals = null)
{
    /// <summary>What counts as new in this digest.</summary>
    public NewsCutoff Cutoff => new(Since, Arrivals);

    /// <summary>Where the whole digest will be when the e-mail must leave part of it out; null when it will not be kept.</summary>
    public FullDigestLink? FullDigest { get; init; }
}
