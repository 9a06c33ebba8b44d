namespace Digest.Core.Stories.Timelines;

/// <summary>One thing that happened in a story: when, in the articles' own words, and who reported it.</summary>
/// <param name="Date">When it happened.</param>
/// <param name="Sentences">What happened, in the articles' words.</param>
/// <param name="Sources">The articles that report it.</param>
/// <param name="IsInferred">Whether only the story supports the date (no article states it for this event), shown as "≈ 12 Feb 2020".</param>
public sealed record Development(EventDate Date, IReadOnlyList<string> Sentences, IReadOnlyList<SourceRef> Sources, bool IsInferred = false);
