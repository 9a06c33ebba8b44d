namespace Digest.Storage.Digests;

/// <summary>
/// The last digest period and the cut-off it reported news since. Kept so "new since the last digest" is right,
/// also when the same period is built again after a crash.
/// </summary>
public sealed record DigestState(DateTimeOffset Period, DateTimeOffset? Since);
