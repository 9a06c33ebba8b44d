namespace Digest.Core.Stories.Figures;

/// <summary>One article's report of a figure's value at a date.</summary>
/// <param name="Value">The number.</param>
/// <param name="Approximate">Whether the article hedges it ("about", "around").</param>
/// <param name="Date">When the value held.</param>
/// <param name="Text">The article's words for it.</param>
/// <param name="Source">The article.</param>
/// <param name="IsPrior">Whether the article gives the value only as what it changed from ("from 500 to 4,000").</param>
public sealed record FigureObservation(decimal Value, bool Approximate, EventDate Date, string Text, SourceRef Source, bool IsPrior);
