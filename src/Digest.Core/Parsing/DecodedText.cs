namespace Digest.Core.Parsing;

/// <summary>Text decoded from raw bytes, or why it could not be.</summary>
internal sealed record DecodedText(string Text, string? Error, IReadOnlyList<string> Warnings);
