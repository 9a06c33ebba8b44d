namespace Digest.Core.Parsing;

/// <summary>A place in the body where a person is named; <paramref name="InPassing"/> when named after a preposition ("a call by X").</summary>
internal sealed record PersonMention(int Position, string Name, bool InPassing);
