namespace Digest.Core.Parsing;

/// <summary>Guesses a text's language (ISO 639-1) from its script and how many of each language's stop words it uses.</summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    private static readonly (string Language, HashSet<string> Words)[] StopWords =
    [
        ("en", Set("the of and to in is that for it with as was on are be by this which from have has not were said")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sind wurde")),
        ("fr", Set("le la les et est des une un du que pour dans qui pas sur au avec se ce sont il elle aux par")),
        ("es", Set("el la los las y es que en un una por con para del se no su al lo como más fue son")),
        ("it", Set("il lo la gli le e è che di un una per non con del della sono si da al nel anche")),
        ("nl", Set("de het een en is van dat niet op te zijn voor met die aan er ook als bij door werd")),
        ("pt", Set("o a os as e é que de um uma para com não do da em no na se por mais foi são")),
    ];

    public static string Detect(string text)
    {
        var letters = text.Where(char.IsLetter).Take(5000).ToList();
        if (letters.Count == 0)
        {
            return Undetermined;
        }

        if (Share(letters, c => c is >= '\u0400' and <= '\u04FF') > 0.5)
        {
            return "ru";
        }

        if (Share(letters, c => c is >= '\u0600' and <= '\u06FF') > 0.5)
        {
            return "ar";
        }

        var words = text.ToLowerInvariant()
            .Split([' ', '\n', ',', '.', ';', ':', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Take(2000)
            .ToList();
        var best = StopWords
            .Select(s => (s.Language, Hits: words.Count(s.Words.Contains)))
            .OrderByDescending(s => s.Hits)
            .First();
        return best.Hits == 0 ? Undetermined : best.Language;
    }

    private static double Share(List<char> letters, Func<char, bool> inScript) =>
        (double)letters.Count(inScript) / letters.Count;

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
