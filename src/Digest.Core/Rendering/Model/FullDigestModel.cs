namespace Digest.Core.Rendering.Model;

/// <summary>What the e-mail left out to fit the inbox budget, and where the whole digest is.</summary>
/// <param name="Url">The link to the whole digest, or null when there is none (see <paramref name="StoredAs"/>).</param>
/// <param name="StoredAs">Where the whole digest is stored, or null when the digest was not stored.</param>
/// <param name="ValidUntil">When the link stops working, for display, or null when it does not expire.</param>
/// <param name="MoreStoryCount">Stories the whole digest shows in full that the e-mail names in one line or not at all.</param>
/// <param name="ShortenedStoryCount">Stories the e-mail shows with only their latest timeline entries.</param>
public sealed record FullDigestModel(string? Url, string? StoredAs, string? ValidUntil, int MoreStoryCount, int ShortenedStoryCount);
