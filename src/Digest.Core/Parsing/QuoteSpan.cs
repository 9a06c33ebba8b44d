namespace Digest.Core.Parsing;

/// <summary>Where a quotation sits in the body: from its opening mark to its closing mark, inclusive.</summary>
internal sealed record QuoteSpan(int Start, int End, string Text)
{
    public bool Contains(int position) => position >= Start && position <= End;
}
