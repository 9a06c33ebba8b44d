namespace Digest.Core.Parsing;

/// <summary>
/// A run of capitalised words read as a title and a name: "NATO Secretary-General Jens Stoltenberg" is the role
/// "NATO Secretary General" held by "Jens Stoltenberg"; <see cref="Qualifiers"/> are the entities named inside the role.
/// </summary>
internal sealed record NamePhrase(string? Role, IReadOnlyList<string> Name, IReadOnlyList<string> Qualifiers);
