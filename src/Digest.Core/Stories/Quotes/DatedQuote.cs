namespace Digest.Core.Stories.Quotes;

/// <summary>A quotation with the article it appeared in and when.</summary>
public sealed record DatedQuote(string Text, EventDate? Date, SourceRef Source);
