using System.Collections.Frozen;
using System.Text;

namespace Digest.Core.Parsing.Html;

/// <summary>
/// Prepares a page's bytes for the HTML parser in one linear pass, so that parsing stays linear in the page's size:
/// comments, scripts (all but JSON-LD) and styles are dropped while reading, container elements nested deeper than a
/// browser builds are flattened, and what is left is capped. Works on the bytes, before decoding, so the parser still
/// honours the page's own <c>&lt;meta charset&gt;</c>: every charset a page may declare keeps ASCII's <c>&lt;</c> and <c>&gt;</c>.
/// </summary>
internal static class HtmlPreprocessor
{
    /// <summary>
    /// Deeper container elements are flattened into their ancestor. The HTML5 tree builder scans the stack of open
    /// elements for many start tags, so a page nesting thousands of unclosed <c>&lt;div&gt;</c>s costs time quadratic in
    /// its size. Chromium stops nesting at 512; real article pages stay well under 100.
    /// </summary>
    public const int MaxNestingDepth = 256;

    /// <summary>
    /// Markup kept after scripts and styles are gone: 8 MiB holds the text of any article many times over, while bounding
    /// the parser's work on a page that is huge for other reasons (inline data, endless comment threads).
    /// </summary>
    public const int MaxMarkupBytes = 8 * 1024 * 1024;

    // Elements whose end tag is required, so counting their start and end tags tracks real nesting. Elements with
    // optional end tags (p, li, td...) are left alone: their depth is not knowable from tags alone.
    private static readonly FrozenSet<string> Containers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "div", "span", "section", "article", "aside", "main", "header", "footer", "nav", "center", "blockquote", "form", "font");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContainerLookup = Containers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A tag name longer than any container's is no container; names are read into a buffer of this size.</summary>
    private const int LongestContainerName = 10;

    public static ReadOnlyMemory<byte> Prepare(ReadOnlySpan<byte> html)
    {
        // What is kept is a subsequence of the page, so a buffer of the page's size holds it and is written in place.
        var output = new Output(new byte[html.Length]);
        var depth = 0;
        var flattened = 0;
        var i = 0;
        while (i < html.Length && output.Length < MaxMarkupBytes)
        {
            var next = html[i..].IndexOf((byte)'<');
            if (next < 0)
            {
                output.Write(html[i..]);
                break;
            }

            output.Write(html.Slice(i, next));
            i += next;
            if (html[i..].StartsWith("<!--"u8))
            {
                var close = html[(i + 4)..].IndexOf("-->"u8);
                i = close < 0 ? html.Length : i + 4 + close + 3;
                continue;
            }

            var isEnd = i + 1 < html.Length && html[i + 1] == (byte)'/';
            var nameStart = i + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && IsNameByte(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagClose = nameEnd == nameStart ? -1 : html[nameEnd..].IndexOf((byte)'>');
            if (tagClose < 0)
            {
                // Not a tag ("a < b"), or a tag left open at the end: pass the character through.
                output.WriteByte(html[i]);
                i++;
                continue;
            }

            var tagEnd = nameEnd + tagClose + 1;
            var name = html[nameStart..nameEnd];
            if (!isEnd && (Ascii.EqualsIgnoreCase(name, "script"u8) || Ascii.EqualsIgnoreCase(name, "style"u8)))
            {
                var contentEnd = RawTextEnd(html, tagEnd, name);
                if (IsJsonLd(html[i..tagEnd]))
                {
                    output.Write(html[i..contentEnd]);
                }

                i = contentEnd;
                continue;
            }

            var keep = true;
            if (IsContainer(name))
            {
                var selfClosing = html[tagEnd - 2] == (byte)'/';
                if (!isEnd && !selfClosing)
                {
                    keep = depth < MaxNestingDepth;
                    if (keep)
                    {
                        depth++;
                    }
                    else
                    {
                        flattened++;
                    }
                }
                else if (isEnd)
                {
                    keep = flattened == 0;
                    if (keep)
                    {
                        depth = Math.Max(0, depth - 1);
                    }
                    else
                    {
                        flattened--;
                    }
                }
            }

            if (keep)
            {
                output.Write(html[i..tagEnd]);
            }

            i = tagEnd;
        }

        return output.Written;
    }

    private static bool IsContainer(ReadOnlySpan<byte> name)
    {
        if (name.Length > LongestContainerName)
        {
            return false;
        }

        Span<char> chars = stackalloc char[LongestContainerName];
        var length = Encoding.ASCII.GetChars(name, chars);
        return ContainerLookup.Contains(chars[..length]);
    }

    // Where the raw text of a script or style ends: after its end tag, as the HTML tokenizer finds it (the first
    // "</script" whatever the script's strings say), or the end of the page.
    private static int RawTextEnd(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> name)
    {
        var at = from;
        while (at < html.Length)
        {
            var close = html[at..].IndexOf("</"u8);
            if (close < 0)
            {
                return html.Length;
            }

            at += close + 2;
            if (at + name.Length <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(at, name.Length), name))
            {
                var end = html[at..].IndexOf((byte)'>');
                return end < 0 ? html.Length : at + end + 1;
            }
        }

        return html.Length;
    }

    private static bool IsJsonLd(ReadOnlySpan<byte> startTag) =>
        Encoding.ASCII.GetString(startTag).Contains("ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kept markup, written in place into a buffer that can hold all of the page.</summary>
    private ref struct Output(byte[] buffer)
    {
        public int Length { get; private set; }

        public readonly ReadOnlyMemory<byte> Written => buffer.AsMemory(0, Length);

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(buffer.AsSpan(Length));
            Length += bytes.Length;
        }

        public void WriteByte(byte value) => buffer[Length++] = value;
    }

    private static bool IsNameByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-';
}
