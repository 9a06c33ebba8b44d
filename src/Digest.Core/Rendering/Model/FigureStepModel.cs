namespace Digest.Core.Rendering.Model;

/// <summary>One value of a tracked figure and the period it held.</summary>
/// <param name="Value">The value for display, e.g. "about 4,000".</param>
/// <param name="Period">When it held, e.g. "2018 – 23 Oct 2020".</param>
/// <param name="BarPercent">The value as a whole percentage (1–100) of the track's largest value, for the bar's width.</param>
/// <param name="RestPercent">100 minus <paramref name="BarPercent"/>, the bar's empty remainder.</param>
/// <param name="IsNew">Whether it is new since the previous digest.</param>
/// <param name="Sources">The articles that report it, at most the digest's sources per entry.</param>
/// <param name="MoreSourceCount">How many further articles report it.</param>
public sealed record FigureStepModel(
    string Value,
    string Period,
    int BarPercent,
    int RestPercent,
    bool IsNew,
    IReadOnlyList<SourceLinkModel> Sources,
    int MoreSourceCount);
