namespace Digest.Core.Stories;

/// <summary>How one figure of a story (e.g. the personnel of a mission) changed over time, and where sources disagree.</summary>
public sealed record FigureTrack(
    string Subject,
    string Unit,
    IReadOnlyList<FigureStep> Steps,
    IReadOnlyList<FigureConflict> Conflicts,
    IReadOnlyList<FigureObservation> Observations);
