using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Core.Stories.Figures;

/// <summary>
/// The key under which a story tracks what a figure counts: one for the many ways articles write one quantity ("troops",
/// "advisers and instructors", "personnel"; "barrels per day" and "barrels a day"), and different for different
/// quantities ("barrels of oil" and "barrels of oil a day"; "people" and "people killed").
/// </summary>
internal static partial class FigureUnits
{
    // The words for the members of a force or mission. Not "people": everyone is people, and a population counted in
    // people is no deployment counted in troops.
    private static readonly FrozenSet<string> PersonnelWords = new[]
    {
        "personnel", "troop", "soldier", "adviser", "advisor", "instructor", "trainer", "member", "staff", "force",
        "officer", "servicemen", "servicemember",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that join or introduce the parts of a quantity and say nothing of what it is; a rate's "per", "each" and
    // "every" are its "a".
    private static readonly FrozenSet<string> Joining = new[] { "and", "or", "of", "the" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RateWords = new[] { "a", "an", "per", "each", "every" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The key of what a figure counts (its <see cref="Summaries.Figure.Counts"/>).</summary>
    public static string Classify(string counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var key = new StringBuilder(counts.Length);
        var previous = string.Empty;
        foreach (Match word in Word().Matches(counts.ToLowerInvariant()))
        {
            if (Joining.Contains(word.Value))
            {
                continue;
            }

            var stem = RateWords.Contains(word.Value) ? "a" : Singular(word.Value);
            stem = PersonnelWords.Contains(stem) ? "personnel" : stem;
            if (stem != previous)
            {
                key.Append(key.Length > 0 ? " " : string.Empty).Append(stem);
            }

            previous = stem;
        }

        return key.ToString();
    }

    // A light singular: enough that "death" and "deaths", "casualties" and "casualty" are one word.
    private static string Singular(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}'’-]*|[$€£]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
