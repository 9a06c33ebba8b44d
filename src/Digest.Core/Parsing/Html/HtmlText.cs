using System.Text;
using AngleSharp.Dom;

namespace Digest.Core.Parsing.Html;

/// <summary>Text of DOM nodes with white space folded as a browser shows it.</summary>
internal static class HtmlText
{
    public static string Of(INode node) => Fold(node.TextContent);

    /// <summary>Text with a space between the texts of neighbouring elements ("28.09.19" and "12:44", not "28.09.1912:44").</summary>
    public static string Spaced(IElement element)
    {
        var parts = new List<string>();
        foreach (var node in element.Descendants<IText>())
        {
            parts.Add(node.Data);
        }

        return Fold(string.Join(' ', parts));
    }

    /// <summary>
    /// The length of <see cref="Of"/>, counted over the element's texts without joining or folding them: scoring asks it of
    /// every ancestor of every paragraph, up to the whole page.
    /// </summary>
    public static int FoldedLength(IElement element)
    {
        var length = 0;
        var started = false;
        var space = false;
        foreach (var text in element.Descendants<IText>())
        {
            foreach (var c in text.Data)
            {
                if (IsFolded(c))
                {
                    space = started;
                    continue;
                }

                length += space ? 2 : 1;
                space = false;
                started = true;
            }
        }

        return length;
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (IsFolded(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Share of an element's text that sits inside links: near 1 for menus and link lists.</summary>
    public static double LinkDensity(IElement element, int textLength)
    {
        if (textLength == 0)
        {
            return 0;
        }

        var linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            linked += FoldedLength(link);
        }

        return Math.Min(1, (double)linked / textLength);
    }

    private static bool IsFolded(char c) => char.IsWhiteSpace(c) || c == '\u200b';
}
