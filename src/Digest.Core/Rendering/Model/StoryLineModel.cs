namespace Digest.Core.Rendering.Model;

/// <summary>A further active story, named in one line after the stories shown in full.</summary>
/// <param name="Headline">The story's headline.</param>
/// <param name="Period">When its articles were published, e.g. "3–9 Feb 2021".</param>
/// <param name="ArticleCount">How many articles it has.</param>
/// <param name="NewArticleCount">How many of them are new since the previous digest.</param>
public sealed record StoryLineModel(string Headline, string Period, int ArticleCount, int NewArticleCount);
