using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>
/// The entities of one article and how to find them again by any name they were given:
/// surname, alias or the title they hold ("the Secretary General of NATO").
/// </summary>
internal sealed class EntityIndex(
    IReadOnlyList<Entity> entities,
    IReadOnlyList<PersonMention> personMentions,
    IReadOnlyDictionary<string, string> roleHolders,
    IReadOnlyDictionary<string, string> names)
{
    public IReadOnlyList<Entity> Entities { get; } = entities;

    /// <summary>Where in the body each person is named, in order: what "he said" refers back to.</summary>
    public IReadOnlyList<PersonMention> PersonMentions { get; } = personMentions;

    /// <summary>The canonical name of whoever <paramref name="phrase"/> refers to, or null if it names no known entity.</summary>
    public string? Resolve(string phrase)
    {
        var text = phrase.Trim().TrimEnd(',', '.', ':');
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && WellKnownNames.Find(text) is null)
        {
            text = text[4..];
        }

        if (WellKnownNames.Find(text) is { } known)
        {
            return known.Name;
        }

        if (names.TryGetValue(text, out var name))
        {
            return name;
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.EndsWith("’s", StringComparison.Ordinal) || t.EndsWith("'s", StringComparison.Ordinal) ? t[..^2] : t)
            .ToList();
        var phraseParts = NamePhraseParser.Parse(tokens);
        if (phraseParts.Name.Count > 0 && names.TryGetValue(string.Join(' ', phraseParts.Name), out var holder))
        {
            return holder;
        }

        return phraseParts.Role is { } role && roleHolders.TryGetValue(role, out var roleHolder) ? roleHolder : null;
    }

    /// <summary>The person named last before <paramref name="position"/>, skipping mentions <paramref name="skip"/> says to.</summary>
    public PersonMention? LastPersonBefore(int position, Func<PersonMention, bool> skip)
    {
        for (var i = PersonMentions.Count - 1; i >= 0; i--)
        {
            var mention = PersonMentions[i];
            if (mention.Position < position && !skip(mention))
            {
                return mention;
            }
        }

        return null;
    }
}
