namespace Digest.Core.Rendering.Model;

/// <summary>An entry of the digest's Sources section.</summary>
/// <param name="Number">The number stories cite the article by.</param>
/// <param name="Name">The article's name (file or blob name).</param>
/// <param name="Title">The article's title.</param>
/// <param name="Outlet">The news outlet, or null.</param>
/// <param name="Byline">The authors, or null.</param>
/// <param name="Date">The publication date for display, "≈ 12 Feb 2020" when only the story dates it, or "undated".</param>
/// <param name="Url">An http(s) address, or null.</param>
public sealed record SourceModel(int Number, string Name, string Title, string? Outlet, string? Byline, string Date, string? Url);
