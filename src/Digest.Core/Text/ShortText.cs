namespace Digest.Core.Text;

/// <summary>Text cut to fit a line, at a word where it can be, and marked with an ellipsis.</summary>
internal static class ShortText
{
    /// <summary>
    /// The text's first <paramref name="keep"/> characters or fewer, cut at the last space no earlier than
    /// <paramref name="minWordCut"/> (else at <paramref name="keep"/>), trailing punctuation dropped, and an ellipsis
    /// added. Callers decide whether the text needs cutting at all.
    /// </summary>
    public static string Cut(string text, int keep, int minWordCut)
    {
        ArgumentNullException.ThrowIfNull(text);
        keep = Math.Clamp(keep, 0, text.Length);
        var cut = text.LastIndexOf(' ', Math.Max(0, Math.Min(keep, text.Length - 1)));
        cut = cut >= minWordCut ? cut : keep;

        // Never between the halves of a character outside the Basic Multilingual Plane.
        if (cut > 0 && cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(" ,;:-–"), SentenceEnds.Ellipsis);
    }
}
