namespace Digest.Core.Parsing;

/// <summary>A line outside the story that carries a date, kept as evidence for the publication date.</summary>
internal sealed record DatelineEvidence(DatelineKind Kind, string Line, string DateText);
