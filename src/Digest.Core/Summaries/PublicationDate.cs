namespace Digest.Core.Summaries;

/// <summary>When an article was published, with the text that says so and how sure we are.</summary>
public sealed record PublicationDate(
    DateOnly Date,
    DatePrecision Precision,
    PublicationDateSource Source,
    string Evidence,
    double Confidence);
