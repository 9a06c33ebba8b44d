namespace Digest.Core.Text;

/// <summary>
/// The quotation marks articles are written with, as the rules that find quotations, sentence ends and the starts of names
/// test for them. Curly double marks are taken the English way round (“ opens, ” closes); straight marks may do either.
/// </summary>
internal static class QuoteMarks
{
    public const char Straight = '"';
    public const char Opening = '“';
    public const char Closing = '”';
    public const char StraightSingle = '\'';
    public const char OpeningSingle = '‘';

    /// <summary>The closing single mark, which is also the typographic apostrophe.</summary>
    public const char ClosingSingle = '’';

    /// <summary>The German opening mark; only language detection splits words at it.</summary>
    public const char LowOpening = '„';

    public const char OpeningGuillemet = '«';
    public const char ClosingGuillemet = '»';

    // The sets below are strings so that regex character classes can be built from them: GeneratedRegex patterns must be
    // constants, and a char constant does not concatenate into a constant string. A test holds each to the marks above.

    /// <summary>The double marks quotations are paired by: straight, opening and closing.</summary>
    public const string Double = "\"“”";

    /// <summary>The marks that can open a quotation: straight or opening, double or single.</summary>
    public const string Openers = "\"“'‘";

    /// <summary>The marks that can close a quotation: straight or closing, double or single.</summary>
    public const string Closers = "\"”'’";

    /// <summary>Whether <paramref name="c"/> is one of the <see cref="Double"/> marks.</summary>
    public static bool IsDouble(char c) => c is Straight or Opening or Closing;
}
