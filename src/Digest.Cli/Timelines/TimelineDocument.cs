namespace Digest.Cli.Timelines;

/// <summary>What <c>digest timeline</c> writes: every story with its dated developments.</summary>
public sealed record TimelineDocument(IReadOnlyList<TimelineStory> Stories);
