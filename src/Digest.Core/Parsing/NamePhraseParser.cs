namespace Digest.Core.Parsing;

/// <summary>Reads titles out of capitalised runs: "US President Donald Trump", "the Secretary General of NATO", "German Defense Minister X".</summary>
internal static class NamePhraseParser
{
    public static NamePhrase Parse(IReadOnlyList<string> tokens)
    {
        var words = tokens.Where(t => !WellKnownNames.Honorifics.Contains(t)).ToList();
        var titleEnd = LastTitleWord(words);
        if (titleEnd < 0)
        {
            return new NamePhrase(null, words, []);
        }

        var titleStart = titleEnd;
        while (titleStart > 0 && IsTitlePart(words[titleStart - 1]))
        {
            titleStart--;
        }

        var qualifiers = words.Take(titleStart).ToList();
        var rest = words.Skip(titleEnd + 1).ToList();

        // "Secretary General of NATO": the organisation follows the title instead of preceding it.
        if (rest.Count > 0 && rest[0] == "of")
        {
            qualifiers.AddRange(rest.Skip(1).Where(w => w != "the"));
            rest = [];
        }

        var title = words.Skip(titleStart).Take(titleEnd - titleStart + 1).Select(w => w.Replace('-', ' '));
        var spelledQualifiers = qualifiers.Select(q => WellKnownNames.Find(q)?.ShortName ?? q).ToList();
        var role = string.Join(' ', spelledQualifiers.Concat(title));
        var named = qualifiers.Where(q => WellKnownNames.Find(q) is not null || WellKnownNames.IsPlace(q)).ToList();
        return new NamePhrase(role, rest, named);
    }

    /// <summary>Whether the tokens hold a title word, without which <see cref="Parse"/> finds no role.</summary>
    public static bool HasTitle(IReadOnlyList<string> tokens) => LastTitleWord(tokens) >= 0;

    private static int LastTitleWord(IReadOnlyList<string> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (WellKnownNames.TitleWords.Contains(words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsTitlePart(string word) =>
        WellKnownNames.TitleWords.Contains(word) || WellKnownNames.TitleModifiers.Contains(word);
}
