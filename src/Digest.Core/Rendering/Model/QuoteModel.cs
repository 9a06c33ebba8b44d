namespace Digest.Core.Rendering.Model;

/// <summary>A quotation with where and when it appeared.</summary>
public sealed record QuoteModel(string Text, string Date, SourceLinkModel Source);
