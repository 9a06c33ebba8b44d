using System.Buffers;
using System.Text;

namespace Digest.Core.Parsing;

/// <summary>Turns raw article bytes into normalised text: BOM-aware decoding, newlines and odd spaces unified.</summary>
internal static class TextDecoder
{
    // Real text has almost no control characters; a few percent means we were handed a binary file.
    private const double MaxControlRatio = 0.02;

    /// <summary>The characters <see cref="Normalise"/> replaces or drops.</summary>
    private static readonly SearchValues<char> Unnormalised = SearchValues.Create(
        "\r\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\f\v\u200B\u200C\u200D\uFEFF\u00AD\u2028\u2029\u0085");

    /// <summary>Control characters (<see cref="char.IsControl(char)"/>: U+0000–U+001F and U+007F–U+009F) other than line and page breaks and tabs.</summary>
    private static readonly SearchValues<char> Control = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>The bytes as normalised text (<see cref="Normalise"/>), or why they are not text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var read = Read(bytes);
        return read.Error is null ? read with { Text = Normalise(read.Text) } : read;
    }

    /// <summary>
    /// The bytes as text as it came, not yet normalised, or why they are not text: enough to tell a page from pasted text,
    /// and an HTML page is parsed from its bytes, so normalising the whole page's text would be work thrown away.
    /// </summary>
    public static DecodedText Read(ReadOnlySpan<byte> bytes)
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

        return new DecodedText(text, null, warnings);
    }

    /// <summary>Unifies newlines and space characters so later rules only deal with '\n' and ' '.</summary>
    public static string Normalise(string text)
    {
        // Most text has none of these characters, or few: text without any comes back as it is, and otherwise the runs
        // between them are copied whole into a string counted to size first, so no builder is filled and copied again.
        var first = text.AsSpan().IndexOfAny(Unnormalised);
        if (first < 0)
        {
            return text;
        }

        var length = text.Length;
        for (var i = first; i >= 0;)
        {
            var c = text[i];
            if ((c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') || IsDropped(c))
            {
                length--;
            }

            var next = text.AsSpan(i + 1).IndexOfAny(Unnormalised);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return string.Create(length, (Text: text, First: first), static (output, state) =>
        {
            var (text, next) = state;
            var i = 0;
            var written = 0;
            while (next >= 0)
            {
                text.AsSpan(i, next).CopyTo(output[written..]);
                written += next;
                i += next;
                var c = text[i];
                switch (c)
                {
                    case '\r':
                        output[written++] = '\n';
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' or '\f' or '\v':
                        output[written++] = ' ';
                        break;
                    case char when IsDropped(c):
                        break;
                    default: // '\u2028', '\u2029' and '\u0085'
                        output[written++] = '\n';
                        break;
                }

                i++;
                next = text.AsSpan(i).IndexOfAny(Unnormalised);
            }

            text.AsSpan(i).CopyTo(output[written..]);
        });
    }

    private static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var control = 0;
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Control); at >= 0; at = rest.IndexOfAny(Control))
        {
            control++;
            rest = rest[(at + 1)..];
        }

        return control > 0 && (double)control / text.Length > MaxControlRatio;
    }
}
