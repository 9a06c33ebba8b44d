namespace Digest.Core.Parsing;

/// <summary>Limits and context for <see cref="ArticleParser"/>.</summary>
/// <param name="MaxBytes">Articles larger than this are refused rather than parsed.</param>
/// <param name="CollectedOn">
/// When the article was fetched, if known. Publication cannot be later, so it anchors the year
/// of dates the text gives without one (e.g. "Friday February 14").
/// </param>
public sealed record ArticleParserOptions(int MaxBytes = ArticleParserOptions.DefaultMaxBytes, DateOnly? CollectedOn = null)
{
    public const int DefaultMaxBytes = 2 * 1024 * 1024;

    public static ArticleParserOptions Default { get; } = new();
}
