namespace Digest.Cli.Timelines;

/// <summary>One story in <c>digest timeline</c> output: its headline, its articles and its timeline.</summary>
public sealed record TimelineStory(string Title, IReadOnlyList<string> Articles, IReadOnlyList<TimelineEntry> Timeline);
