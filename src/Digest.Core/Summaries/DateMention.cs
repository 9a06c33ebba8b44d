namespace Digest.Core.Summaries;

/// <summary>A date the text mentions, resolved to the calendar relative to the publication date.</summary>
public sealed record DateMention(
    string Text,
    DateOnly Date,
    DatePrecision Precision,
    string Sentence);
