namespace Digest.Core.Rendering.Model;

/// <summary>A figure tracked across a story, ready to draw as a bar per value.</summary>
/// <param name="Label">What is counted, e.g. "NATO training mission in Iraq, personnel".</param>
/// <param name="Summary">The whole track in one line: "about 500 (2018 – 23 Oct 2020) → about 4,000 (18–19 Feb 2021)".</param>
/// <param name="Steps">Each value the figure held, oldest first.</param>
/// <param name="Conflicts">Dates at which the articles disagree.</param>
public sealed record FigureTrackModel(
    string Label,
    string Summary,
    IReadOnlyList<FigureStepModel> Steps,
    IReadOnlyList<FigureConflictModel> Conflicts);
