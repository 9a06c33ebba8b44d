namespace Digest.Core.Summaries;

/// <summary>A person, organisation or place the article names, with the other names it goes by.</summary>
public sealed record Entity(
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    int Mentions,
    string? Role = null);
