namespace Digest.Core.Text;

/// <summary>
/// Whether a text has a decimal digit in the sense of the regex class <c>\d</c> (any Unicode decimal digit, as
/// <see cref="char.IsDigit(char)"/>): a pattern that needs one cannot match a text without, so its scan can be skipped.
/// </summary>
internal static class DecimalDigits
{
    public static bool In(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        // Other scripts' digits (Arabic-Indic, Devanagari, full-width …) are all outside ASCII.
        var other = text.IndexOfAnyExceptInRange('\0', '\x7f');
        if (other < 0)
        {
            return false;
        }

        foreach (var c in text[other..])
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
