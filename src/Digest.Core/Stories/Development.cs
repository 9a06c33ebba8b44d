namespace Digest.Core.Stories;

/// <summary>One thing that happened in a story: when, in the articles' own words, and who reported it.</summary>
public sealed record Development(EventDate Date, IReadOnlyList<string> Sentences, IReadOnlyList<SourceRef> Sources);
