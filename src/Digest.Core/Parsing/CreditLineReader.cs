using System.Text.RegularExpressions;
using Digest.Core.Dates;

namespace Digest.Core.Parsing;

/// <summary>Reads who wrote or distributed an article from its credit lines ("By X - date", "Reported by: X", "AFP").</summary>
internal static partial class CreditLineReader
{
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "dpa", "ANI", "PTI", "UPI", "Xinhua",
        "EFE", "ANSA", "IANS", "KUNA", "WAM", "SPA", "TASS", "RIA Novosti", "Anadolu", "Anadolu Agency", "Kyodo",
        "Yonhap", "Bernama", "Antara", "APA", "IRNA", "MENA", "Petra", "QNA", "BNA", "Sputnik", "NNA", "INA",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgenciesBySpan = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The byline name and the text after it (often a date), or null when the line is no byline.</summary>
    public static (string Name, string Remainder)? ReadByline(string line)
    {
        var match = Byline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd(',', '.');
        if (name.Split(' ').Any(w => CalendarNames.IsCalendarWord(w)) || line.Split(' ').Length > 20)
        {
            return null;
        }

        return (name, match.Groups["rest"].Value.Trim());
    }

    /// <summary>The agency's name when the whole line is one ("AFP", "(Reuters)", "— dpa"), else null.</summary>
    public static string? ReadAgency(string line)
    {
        var bare = line.AsSpan().Trim().Trim("()-–—/© .");
        return AgenciesBySpan.Contains(bare) ? bare.ToString() : null;
    }

    [GeneratedRegex(
        @"^(?i:by|written by|reported by|author|text by)\s*:?\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|van|von|al|bin|el)){0,7})(?:\s*(?:[-–—|,]|\bon\b|\bat\b)\s*(?<rest>.*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
