namespace Digest.Core.Parsing;

/// <summary>Limits and context for <see cref="ArticleParser"/>.</summary>
/// <param name="MaxBytes">Articles larger than this (once decompressed) are refused rather than parsed.</param>
/// <param name="CollectedOn">
/// When the article was fetched, if known. Publication cannot be later, so it anchors the year
/// of dates the text gives without one (e.g. "Friday February 14").
/// </param>
/// <param name="MaxTextChars">Article text considered: a longer text is cut at a paragraph boundary, with a warning.</param>
/// <param name="TimeBudget">How long one article may take; beyond it the summary records an error instead of running on.</param>
/// <param name="Time">The clock the time budget is measured on.</param>
public sealed record ArticleParserOptions(
    int MaxBytes = ArticleParserOptions.DefaultMaxBytes,
    DateOnly? CollectedOn = null,
    int MaxTextChars = ArticleParserOptions.DefaultMaxTextChars,
    TimeSpan? TimeBudget = null,
    TimeProvider? Time = null)
{
    /// <summary>
    /// 20 MiB: real news pages reach several megabytes of inline scripts, styles and data around a few kilobytes of
    /// text. The work is bounded by what is kept of a page (<see cref="DefaultMaxTextChars"/>, the HTML preprocessor's
    /// caps), not by refusing it; this cap only keeps a wrong upload (a video, a dump) from being read into memory.
    /// </summary>
    public const int DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>200,000 characters, about 30,000 words: twice the longest long-read, so only non-articles are cut.</summary>
    public const int DefaultMaxTextChars = 200_000;

    /// <summary>
    /// 10 s: the slowest real page of the benchmarks parses in under half a second and a megabyte of markup in about
    /// two, so only a pathological page comes near it; in a host billed per second and retried on failure, one article
    /// must cost little and never hold up the others.
    /// </summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(10);

    public static ArticleParserOptions Default { get; } = new();
}
