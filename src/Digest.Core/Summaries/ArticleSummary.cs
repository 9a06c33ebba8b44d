namespace Digest.Core.Summaries;

/// <summary>The structured summary of one article: what the parse step writes and the digest step reads.</summary>
public sealed record ArticleSummary
{
    /// <summary>The article's name as given: a file name or a blob name.</summary>
    public required string Name { get; init; }

    public required string ParserVersion { get; init; }

    public required string Title { get; init; }

    /// <summary>People credited with the article, or null when the text names none.</summary>
    public string? Byline { get; init; }

    /// <summary>The news outlet or agency (e.g. "AFP"), or null.</summary>
    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public PublicationDate? Published { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Clean article text; paragraphs separated by a blank line.</summary>
    public required string Body { get; init; }

    public int WordCount { get; init; }

    /// <summary>
    /// The body's sentences as the parser split them, each as its start in <see cref="Body"/> and its length, in pairs
    /// (start, length, start, length, …), so the digest reads them without splitting the body again; empty in summaries of
    /// parsers before 0.8.5, whose sentences are split when read (<see cref="ArticleSentences"/>).
    /// </summary>
    public IReadOnlyList<int> SentenceSpans { get; init; } = [];

    public IReadOnlyList<string> KeySentences { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Why the article could not be parsed, or null when it was.</summary>
    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
