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

    /// <summary>
    /// Whether the texts are equal, ignoring case (ordinal), once each is trimmed and its runs of white space collapsed:
    /// word by word, so neither is copied. Collapsed, the only white space left is single spaces, which no other character
    /// equals ignoring case, so the two collapsed texts are equal exactly when their words are, pair by pair.
    /// </summary>
    public static bool EqualCollapsedIgnoringCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.Trim();
        b = b.Trim();
        while (!a.IsEmpty && !b.IsEmpty)
        {
            var left = WordLength(a);
            var right = WordLength(b);
            if (!a[..left].Equals(b[..right], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            a = a[left..].TrimStart();
            b = b[right..].TrimStart();
        }

        return a.IsEmpty && b.IsEmpty;
    }

    private static int WordLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && !char.IsWhiteSpace(text[length]))
        {
            length++;
        }

        return length;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
