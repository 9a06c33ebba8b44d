namespace Digest.Core.Stories.Grouping;

/// <summary>A story centroid's IDF-weighted length and the number of documents the IDF was computed over.</summary>
public sealed record StoryNormState(double Norm, int DocumentCount);
