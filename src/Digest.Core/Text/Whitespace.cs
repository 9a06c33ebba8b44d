using System.Text.RegularExpressions;

namespace Digest.Core.Text;

/// <summary>Runs of white space (regex <c>\s</c>, which is <see cref="char.IsWhiteSpace(char)"/>) read as one space.</summary>
internal static partial class Whitespace
{
    /// <summary>The text with every run of white space replaced by one space; the text itself when it has none to replace.</summary>
    public static string Collapse(string text)
    {
        // Most text is already single-spaced: replacing each of its spaces with a space would copy it for nothing.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return Runs().Replace(text, " ");
            }
        }

        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
