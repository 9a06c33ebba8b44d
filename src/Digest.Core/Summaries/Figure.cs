namespace Digest.Core.Summaries;

/// <summary>A number the article reports and what it counts ("around 4,000 personnel").</summary>
public sealed record Figure(
    decimal Value,
    bool Approximate,
    string Unit,
    string? Subject,
    string Text,
    string Sentence);
