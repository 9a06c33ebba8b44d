namespace Digest.Core.Rendering;

/// <summary>What a digest run asks for: when it is made, and the cut-off of the previous digest ("new since").</summary>
public sealed record DigestRequest(DateTimeOffset GeneratedAt, DateTimeOffset? Since = null);
