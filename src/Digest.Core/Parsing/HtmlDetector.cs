using System.Text.RegularExpressions;

namespace Digest.Core.Parsing;

/// <summary>
/// Recognises HTML by its structure, whatever the file is called and whatever comes first: pages often open with a
/// comment from their template engine or a long <c>&lt;script&gt;</c>, so the document's own tags are looked for
/// anywhere in its first kilobytes, not only at its start.
/// </summary>
internal static partial class HtmlDetector
{
    /// <summary>
    /// 64 Ki (bytes of a page, characters of a text): past inline scripts and styles that real pages put before
    /// <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c>, which are ASCII, so a page's first 64 KiB are about as many characters.
    /// </summary>
    public const int Window = 64 * 1024;

    /// <summary>A pasted article may mention a tag or two; this many block tags make the text a page.</summary>
    private const int MinBlockTags = 3;

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, Window));
        return DocumentTag().IsMatch(head) || BlockTag().Count(head) >= MinBlockTags;
    }

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|<meta\s[^>]*(?:charset|http-equiv|property=|name=)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTag();

    [GeneratedRegex(@"</?(?:p|div|body|head|article|section|br|h[1-6]|li|ul|table|span)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
