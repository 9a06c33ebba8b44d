namespace Digest.Core.Text;

/// <summary>
/// The punctuation that ends a sentence, for the rules that split text into sentences or ask whether a line is one.
/// Each rule adds what may follow the mark (closing quotes, brackets) or also counts as an end for it (an ellipsis).
/// </summary>
internal static class SentenceEnds
{
    /// <summary>Full stop, exclamation mark and question mark, as a string for regex character classes.</summary>
    public const string Marks = ".!?";

    /// <summary>
    /// Sentence ends of scripts that do not use Latin punctuation: CJK (。！？), Arabic (؟ ۔) and Devanagari (। ॥). Only the
    /// rules that ask whether a line ends a sentence use them, so the sentence splitter's behaviour stays as tested.
    /// </summary>
    public const string OtherScripts = "。！？؟۔।॥";

    /// <summary>The one-character ellipsis, an end only for the rules that say so.</summary>
    public const string Ellipsis = "…";

    /// <summary>Whether <paramref name="text"/> ends with one of the <see cref="Marks"/>.</summary>
    public static bool IsEnded(string text) => text.Length > 0 && Marks.Contains(text[^1], StringComparison.Ordinal);
}
