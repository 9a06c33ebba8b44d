namespace Digest.Core.Rendering.Model;

/// <summary>A citation of an article: what to call it, and where it lives when that is known.</summary>
/// <param name="Number">The article's number in the digest's Sources section.</param>
/// <param name="Name">The article's name (file or blob name).</param>
/// <param name="Label">The outlet, or the headline when the outlet is unknown.</param>
/// <param name="Url">An http(s) address, or null; anything else is dropped so it cannot become a link.</param>
public sealed record SourceLinkModel(int Number, string Name, string Label, string? Url);
