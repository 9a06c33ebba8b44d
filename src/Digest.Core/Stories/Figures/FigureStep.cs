namespace Digest.Core.Stories.Figures;

/// <summary>A period over which the articles agree on a figure's value.</summary>
public sealed record FigureStep(decimal Value, bool Approximate, EventDate From, EventDate To, IReadOnlyList<SourceRef> Sources);
