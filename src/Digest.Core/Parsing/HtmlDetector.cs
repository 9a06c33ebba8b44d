using System.Text.RegularExpressions;

namespace Digest.Core.Parsing;

/// <summary>Recognises HTML by its content, whatever the file is called.</summary>
internal static partial class HtmlDetector
{
    public static bool LooksLikeHtml(string text)
    {
        var head = text.Length > 4096 ? text[..4096] : text;
        if (DocumentStart().IsMatch(head))
        {
            return true;
        }

        // A pasted article may mention a tag or two; only markup-dense text is treated as a page.
        return BlockTag().Count(head) >= 3;
    }

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentStart();

    [GeneratedRegex(@"</?(?:p|div|body|head|article|section|br|h[1-6]|li|ul|table|span)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();
}
