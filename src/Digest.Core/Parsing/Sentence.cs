namespace Digest.Core.Parsing;

/// <summary>One sentence of the body and where it starts in the body text.</summary>
internal sealed record Sentence(string Text, int Start, int Paragraph)
{
    public int End => Start + Text.Length;
}
