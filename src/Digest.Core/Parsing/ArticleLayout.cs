namespace Digest.Core.Parsing;

/// <summary>An article's text split into its title, credit lines, date lines and story paragraphs, with page chrome gone.</summary>
internal sealed record ArticleLayout(
    string? Title,
    string? Byline,
    string? Outlet,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<DatelineEvidence> Datelines,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The layout of text that is already only the story, such as what was extracted from an HTML page.</summary>
    public static ArticleLayout FromParagraphs(string? title, IReadOnlyList<string> paragraphs) => new(title, null, null, paragraphs, [], []);
}
