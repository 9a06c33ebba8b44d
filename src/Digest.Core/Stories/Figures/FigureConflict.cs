namespace Digest.Core.Stories.Figures;

/// <summary>Articles that give different values for the same figure at the same date.</summary>
public sealed record FigureConflict(EventDate Date, IReadOnlyList<FigureObservation> Observations);
