namespace Digest.Core.Parsing.Html;

/// <summary>One visual block of a page (a paragraph, heading, list item…) with how much of it is link text.</summary>
internal sealed record TextBlock(string Text, int LinkLength, bool IsHeading)
{
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1, (double)LinkLength / Text.Length);
}
