namespace Digest.Core.Stories.Quotes;

/// <summary>What one speaker was quoted as saying across a story, oldest first.</summary>
public sealed record SpeakerQuotes(string Speaker, IReadOnlyList<DatedQuote> Quotes);
