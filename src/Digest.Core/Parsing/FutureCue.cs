using System.Text.RegularExpressions;

namespace Digest.Core.Parsing;

/// <summary>Words that mark a sentence as about what is still to come ("will", "next", "expected to"): a date there is a plan, not an event.</summary>
internal static partial class FutureCue
{
    public static bool IsIn(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(?:will|shall|going to|upcoming|next|scheduled|plans? to|expected to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
