namespace Digest.Core.Rendering.Model;

/// <summary>Disagreeing values for one figure at one date.</summary>
/// <param name="Date">The date they disagree about.</param>
/// <param name="Values">Each value with the article that gives it, e.g. "500 (a.txt); 600 (b.txt)".</param>
public sealed record FigureConflictModel(string Date, string Values);
