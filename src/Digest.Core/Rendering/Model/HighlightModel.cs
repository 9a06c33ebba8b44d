namespace Digest.Core.Rendering.Model;

/// <summary>A line of the "new since the last digest" section: a new development or a changed figure.</summary>
/// <param name="StoryId">The story it belongs to.</param>
/// <param name="Headline">That story's headline.</param>
/// <param name="Date">When it happened, for display.</param>
/// <param name="Text">What happened: a development's first sentence, or a figure's change ("… personnel: about 500 → about 4,000").</param>
/// <param name="Sources">The articles that report it.</param>
public sealed record HighlightModel(int StoryId, string Headline, string Date, string Text, IReadOnlyList<SourceLinkModel> Sources);
