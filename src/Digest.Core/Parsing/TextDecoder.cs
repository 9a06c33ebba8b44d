using System.Text;

namespace Digest.Core.Parsing;

/// <summary>Turns raw article bytes into normalised text: BOM-aware decoding, newlines and odd spaces unified.</summary>
internal static class TextDecoder
{
    // Real text has almost no control characters; a few percent means we were handed a binary file.
    private const double MaxControlRatio = 0.02;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var warnings = new List<string>();
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else if (IsValidUtf8(bytes))
        {
            text = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            // Pasted pages that are not UTF-8 are nearly always Windows-1252/Latin-1; decoding as that keeps every byte.
            text = Encoding.Latin1.GetString(bytes);
            warnings.Add("Content is not valid UTF-8; decoded as Latin-1.");
        }

        if (LooksBinary(text))
        {
            return new DecodedText(string.Empty, "Article is binary, not text", warnings);
        }

        return new DecodedText(Normalise(text), null, warnings);
    }

    /// <summary>Unifies newlines and space characters so later rules only deal with '\n' and ' '.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' or '\f' or '\v':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
            {
                control++;
            }
        }

        return control > 0 && (double)control / text.Length > MaxControlRatio;
    }
}
