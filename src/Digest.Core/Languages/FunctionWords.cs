using System.Collections.Frozen;

namespace Digest.Core.Languages;

/// <summary>
/// The function words ("der", "och", "the") of the languages news arrives in, from the stop-word lists Lucene's analysers
/// keep for each: what tells a text's language, and what says nothing about its subject. One home for both uses.
/// </summary>
/// <remarks>
/// The lists are Lucene's (Lucene.Net.Analysis.Common 4.8: each analyser's DefaultStopSet, lower-cased, quirks such as
/// Latvian's comment lines kept), copied into FunctionWords.tsv, one "code TAB word" a line, so that the first article a
/// process parses does not wait for Lucene to load 28 analysers' lists (about 100 ms). A test holds the copy to Lucene's.
/// A word spelt with ß is also kept as the German spelling reform writes it ("dass" beside Lucene's "daß").
/// </remarks>
public static class FunctionWords
{
    // Lucene's English list is short (33 words); these frequent English function words make detection of English as
    // sure as that of languages with longer lists.
    private static readonly string[] MoreEnglish =
    [
        "he", "she", "his", "her", "has", "have", "had", "were", "been", "from", "which", "who", "would", "said", "its", "than",
        "after", "about", "also", "more", "over", "we", "our", "you", "i", "him", "them", "what", "when", "can", "could",
    ];

    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = Load();

    // Compared ordinally like the lists, so that a caller can look words up by span in any of them.
    private static readonly FrozenSet<string> None = FrozenSet.Create<string>(StringComparer.Ordinal);

    // The same lists for look-ups by span, made once: content words are read from every sentence of every story shown.
    // An array searched by code rather than a dictionary of look-ups: a dictionary with a struct value is generic code
    // that no ReadyToRun image holds, compiled on first use (about 25 ms of a fresh process), and there are only 28 codes.
    private static readonly LanguageLookup[] SpanLookups =
        [.. ByLanguage.Select(l => new LanguageLookup(l.Key, l.Value.GetAlternateLookup<ReadOnlySpan<char>>()))];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoneBySpan = None.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer than any language code; a longer "code" has no list.
    private const int MaxCodeLength = 16;

    /// <summary>The languages with a list (ISO 639-1 codes).</summary>
    public static IEnumerable<string> Languages => ByLanguage.Keys;

    /// <summary>The lower-case function words of <paramref name="language"/> (an ISO 639-1 code, region ignored), or none for a language without a list.</summary>
    public static FrozenSet<string> Of(string? language) => SpanLookupOf(language).Set;

    /// <summary>The words <see cref="Of"/> gives, to look up by span.</summary>
    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookupOf(string? language)
    {
        var code = LanguageTag.CodeOf(language, stackalloc char[MaxCodeLength]);
        foreach (var lookup in SpanLookups)
        {
            if (code.SequenceEqual(lookup.Code))
            {
                return lookup.Words;
            }
        }

        return NoneBySpan;
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["en"] = [.. MoreEnglish] };
        using var stream = typeof(FunctionWords).Assembly.GetManifestResourceStream("Digest.Core.Languages.FunctionWords.tsv")
            ?? throw new InvalidOperationException("FunctionWords.tsv is not embedded in Digest.Core.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var code = line[..tab];
            if (!lists.TryGetValue(code, out var words))
            {
                lists[code] = words = [];
            }

            var word = line[(tab + 1)..];
            words.Add(word);

            // Lucene's German list predates the 1996 spelling reform ("daß"); German is written "dass" today, and Swiss
            // German never writes ß. Left out, "dass", one of the commonest German words, counted as a content word that
            // every German article shares.
            if (word.Contains('ß', StringComparison.Ordinal))
            {
                words.Add(word.Replace("ß", "ss", StringComparison.Ordinal));
            }
        }

        return lists.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private readonly record struct LanguageLookup(string Code, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words);
}
