namespace Digest.Core.Rendering.Model;

/// <summary>A speaker and what they were quoted as saying, oldest first.</summary>
public sealed record SpeakerModel(string Speaker, IReadOnlyList<QuoteModel> Quotes);
