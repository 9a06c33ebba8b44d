namespace Digest.Core.Parsing;

/// <summary>
/// Recognises files that are not articles by their content (a PDF saved with a .txt name is still a PDF), so they are
/// recorded as errors instead of being read as text: an uncompressed PDF is mostly printable and would pass as one.
/// </summary>
internal static class ContentSniffer
{
    // PDF readers accept the signature anywhere in the first kilobyte, after junk such as a mail header.
    private const int PdfSignatureWindow = 1024;

    /// <summary>What the content is, when it is a known format that is not an article (e.g. "a PDF document"); otherwise null.</summary>
    public static string? NonArticleFormat(ReadOnlySpan<byte> content)
    {
        if (content[..Math.Min(content.Length, PdfSignatureWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return "a PDF document";
        }

        return content switch
        {
            [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "an RTF document",
            [(byte)'%', (byte)'!', (byte)'P', (byte)'S', ..] => "a PostScript document",
            [(byte)'P', (byte)'K', 3, 4, ..] => "a ZIP archive (a Word, OpenDocument or EPUB file is one)",
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "a WebP image",
            _ => null,
        };
    }
}
