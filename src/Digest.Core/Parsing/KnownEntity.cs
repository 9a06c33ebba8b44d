using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>A well-known entity and the names it goes by; <paramref name="ShortName"/> is how roles spell it ("US President").</summary>
internal sealed record KnownEntity(string Name, string ShortName, EntityType Type, IReadOnlyList<string> Aliases);
