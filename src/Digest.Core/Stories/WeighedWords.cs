namespace Digest.Core.Stories;

/// <summary>A set of words with each one's weight in its story, in the set's order, and their total.</summary>
internal sealed record WeighedWords(IReadOnlySet<string> Words, (string Word, double Weight)[] Weights, double Total);
