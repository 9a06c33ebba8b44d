namespace Digest.Core.Summaries;

/// <summary>A number the article reports and what it counts ("around 4,000 personnel").</summary>
/// <param name="Value">The number, scaled ("4.9 million" is 4,900,000).</param>
/// <param name="Approximate">Whether the text hedges it ("about", "more than").</param>
/// <param name="Unit">The word after the number, or its currency sign ("personnel", "barrels", "$").</param>
/// <param name="Subject">Whose the figure is, best effort ("NATO training mission in Iraq").</param>
/// <param name="Text">The figure as written.</param>
/// <param name="Sentence">The sentence it is in.</param>
/// <param name="Counts">
/// What the number counts, as one quantity a reader can follow, in the text's words: "personnel", "people killed",
/// "barrels of oil a day", "compensation fund ($)"; null when the text names no such thing (a bare "40 percent" or "$15
/// million").
/// </param>
public sealed record Figure(
    decimal Value,
    bool Approximate,
    string Unit,
    string? Subject,
    string Text,
    string Sentence,
    string? Counts = null);
