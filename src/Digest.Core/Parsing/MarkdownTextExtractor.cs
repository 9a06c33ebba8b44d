using System.Text.RegularExpressions;

namespace Digest.Core.Parsing;

/// <summary>Strips the Markdown syntax a pasted article carries (headings, emphasis, links, images) and keeps the words.</summary>
internal static partial class MarkdownTextExtractor
{
    public static string ToText(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = Heading().Replace(text, string.Empty);
        text = BlockQuote().Replace(text, string.Empty);
        text = Emphasis().Replace(text, "$2");
        text = HorizontalRule().Replace(text, string.Empty);
        return text;
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)\s]+(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[ ]{0,3}#{1,6}[ ]+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[ ]{0,3}>[ ]?", RegexOptions.Multiline)]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[ ]{0,3}(?:[-*_][ ]?){3,}$", RegexOptions.Multiline)]
    private static partial Regex HorizontalRule();
}
