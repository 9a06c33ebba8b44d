namespace Digest.Core.Rendering.Model;

/// <summary>Everything a digest template shows; both the HTML and the text part render from this one tree.</summary>
/// <param name="Title">The digest's heading, e.g. "News digest, 22 Feb 2021".</param>
/// <param name="GeneratedAt">When the digest was made, for display.</param>
/// <param name="GeneratedAtIso">When the digest was made, as ISO 8601.</param>
/// <param name="Since">The previous digest's cut-off for display, or null when everything counts as new.</param>
/// <param name="NewDevelopmentCount">Developments across all stories that are new since the previous digest.</param>
/// <param name="New">What is new since the previous digest, across stories; empty for a first digest, where everything is.</param>
/// <param name="Stories">The stories, most newsworthy first.</param>
/// <param name="MoreStories">Further active stories, named in one line, the most newsworthy first.</param>
/// <param name="MoreStoryCount">How many active stories there are beyond those shown in full (may exceed <paramref name="MoreStories"/>).</param>
/// <param name="Sources">Every article the digest cites, numbered in the order stories cite them.</param>
/// <param name="FullDigest">What this e-mail left out to fit the inbox budget and where the whole digest is; null when it left nothing out.</param>
public sealed record DigestModel(
    string Title,
    string GeneratedAt,
    string GeneratedAtIso,
    string? Since,
    int NewDevelopmentCount,
    IReadOnlyList<HighlightModel> New,
    IReadOnlyList<StoryModel> Stories,
    IReadOnlyList<StoryLineModel> MoreStories,
    int MoreStoryCount,
    IReadOnlyList<SourceModel> Sources,
    FullDigestModel? FullDigest = null);
