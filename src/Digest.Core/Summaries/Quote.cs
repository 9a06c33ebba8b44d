namespace Digest.Core.Summaries;

/// <summary>Words the article quotes, and who said them when the text tells.</summary>
public sealed record Quote(string Text, string? Speaker);
