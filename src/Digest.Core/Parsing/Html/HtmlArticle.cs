using Digest.Core.Summaries;

namespace Digest.Core.Parsing.Html;

/// <summary>What an HTML page yields: its article text as paragraphs, and the facts its markup states about it.</summary>
public sealed record HtmlArticle(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    string? Byline,
    string? Outlet,
    string? Language,
    PublicationDate? Published);
