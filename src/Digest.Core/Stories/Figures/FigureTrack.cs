namespace Digest.Core.Stories.Figures;

/// <summary>How one figure of a story (e.g. the personnel of a mission) changed over time, and where sources disagree.</summary>
/// <param name="Label">What the reader is told is counted: "NATO training mission in Iraq, personnel", "people killed", "US troops".</param>
/// <param name="Subject">Whose the figure is, when most of its reports say: "NATO training mission in Iraq".</param>
/// <param name="Counts">What is counted, in the words most of its reports use: "personnel", "barrels of oil a day".</param>
/// <param name="Steps">Each value the figure held, oldest first.</param>
/// <param name="Conflicts">Dates at which the articles disagree.</param>
/// <param name="Observations">Every report of the figure, by date.</param>
public sealed record FigureTrack(
    string Label,
    string? Subject,
    string Counts,
    IReadOnlyList<FigureStep> Steps,
    IReadOnlyList<FigureConflict> Conflicts,
    IReadOnlyList<FigureObservation> Observations);
