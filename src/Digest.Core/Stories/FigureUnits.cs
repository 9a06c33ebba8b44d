using System.Collections.Frozen;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>Puts the many words articles use for one kind of count ("troops", "advisers", "personnel") under one unit.</summary>
internal static class FigureUnits
{
    private static readonly FrozenSet<string> PeopleWords = new[]
    {
        "personnel", "troop", "soldier", "adviser", "advisor", "instructor", "trainer", "member", "staff", "force",
        "officer", "servicemen", "servicemember", "people", "person",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Classify(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var words = ContentWords.Of(unit).ToList();
        return words.Any(PeopleWords.Contains) ? "personnel" : string.Join(' ', words.DefaultIfEmpty(unit.Trim().ToLowerInvariant()));
    }
}
