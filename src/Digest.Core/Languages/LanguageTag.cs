namespace Digest.Core.Languages;

/// <summary>
/// A declared language ("en-GB", "pt_BR", " EN ", "en-us") read the one way Digest reads it: its ISO 639 code and its
/// region, lower-cased, whichever separator and case a page or a caller used.
/// </summary>
/// <param name="Code">The language, two or three lower-case letters ("en", "fil").</param>
/// <param name="Region">The region after it, lower-cased ("gb", "us"), or null when none is given.</param>
public sealed record LanguageTag(string Code, string? Region)
{
    // ISO 639-1 codes have two letters and 639-2/3 three; anything longer is not a language code.
    private const int MaxCodeLength = 3;

    /// <summary>The tag <paramref name="declared"/> names, or null when it names no language code.</summary>
    public static LanguageTag? Parse(string? declared)
    {
        var code = Split(declared, out var region);
        if (code.Length < 2 || code.Length > MaxCodeLength || !IsLetters(code))
        {
            return null;
        }

        return new LanguageTag(code.ToString().ToLowerInvariant(), region.IsEmpty ? null : region.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// The language code of <paramref name="declared"/> lower-cased into <paramref name="buffer"/>, without allocating (it is
    /// looked up for every sentence read); empty when there is none or it is too long for the buffer.
    /// </summary>
    public static ReadOnlySpan<char> CodeOf(ReadOnlySpan<char> declared, Span<char> buffer)
    {
        var code = Split(declared, out _);
        return code.Length > buffer.Length ? [] : buffer[..code.ToLowerInvariant(buffer)];
    }

    // The code of a tag, trimmed, up to its first '-' or '_'; the region after it.
    private static ReadOnlySpan<char> Split(ReadOnlySpan<char> declared, out ReadOnlySpan<char> region)
    {
        var text = declared.Trim();
        var end = text.IndexOfAny('-', '_');
        region = end < 0 ? [] : text[(end + 1)..];
        return end < 0 ? text : text[..end];
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
