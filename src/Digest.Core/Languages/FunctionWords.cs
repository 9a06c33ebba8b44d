using System.Collections.Frozen;
using Lucene.Net.Analysis.Util;

namespace Digest.Core.Languages;

/// <summary>
/// The function words ("der", "och", "the") of the languages news arrives in, from the stop-word lists Lucene's analysers
/// keep for each: what tells a text's language, and what says nothing about its subject. One home for both uses.
/// </summary>
public static class FunctionWords
{
    // Lucene's English list is short (33 words); these frequent English function words make detection of English as
    // sure as that of languages with longer lists.
    private static readonly string[] MoreEnglish =
    [
        "he", "she", "his", "her", "has", "have", "had", "were", "been", "from", "which", "who", "would", "said", "its", "than",
        "after", "about", "also", "more", "over", "we", "our", "you", "i", "him", "them", "what", "when", "can", "could",
    ];

    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["ar"] = Set(Lucene.Net.Analysis.Ar.ArabicAnalyzer.DefaultStopSet),
        ["bg"] = Set(Lucene.Net.Analysis.Bg.BulgarianAnalyzer.DefaultStopSet),
        ["ca"] = Set(Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet),
        ["cs"] = Set(Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet),
        ["da"] = Set(Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet),
        ["de"] = Set(Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
        ["el"] = Set(Lucene.Net.Analysis.El.GreekAnalyzer.DefaultStopSet),
        ["en"] = Set(Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet, MoreEnglish),
        ["es"] = Set(Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
        ["eu"] = Set(Lucene.Net.Analysis.Eu.BasqueAnalyzer.DefaultStopSet),
        ["fa"] = Set(Lucene.Net.Analysis.Fa.PersianAnalyzer.DefaultStopSet),
        ["fi"] = Set(Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet),
        ["fr"] = Set(Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
        ["ga"] = Set(Lucene.Net.Analysis.Ga.IrishAnalyzer.DefaultStopSet),
        ["gl"] = Set(Lucene.Net.Analysis.Gl.GalicianAnalyzer.DefaultStopSet),
        ["hi"] = Set(Lucene.Net.Analysis.Hi.HindiAnalyzer.DefaultStopSet),
        ["hu"] = Set(Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet),
        ["hy"] = Set(Lucene.Net.Analysis.Hy.ArmenianAnalyzer.DefaultStopSet),
        ["id"] = Set(Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet),
        ["it"] = Set(Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
        ["lv"] = Set(Lucene.Net.Analysis.Lv.LatvianAnalyzer.DefaultStopSet),
        ["nl"] = Set(Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
        ["no"] = Set(Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet),
        ["pt"] = Set(Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
        ["ro"] = Set(Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet),
        ["ru"] = Set(Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet),
        ["sv"] = Set(Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet),
        ["tr"] = Set(Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Compared ordinally like the lists, so that a caller can look words up by span in any of them.
    private static readonly FrozenSet<string> None = FrozenSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The languages with a list (ISO 639-1 codes).</summary>
    public static IEnumerable<string> Languages => ByLanguage.Keys;

    /// <summary>The lower-case function words of <paramref name="language"/> (an ISO 639-1 code, region ignored), or none for a language without a list.</summary>
    public static FrozenSet<string> Of(string? language)
    {
        var code = (language ?? string.Empty).Split('-', '_')[0].ToLowerInvariant();
        return ByLanguage.TryGetValue(code, out var words) ? words : None;
    }

    private static FrozenSet<string> Set(CharArraySet words, IEnumerable<string>? more = null) =>
        words.Select(w => w.ToString()!.ToLowerInvariant()).Concat(more ?? []).ToFrozenSet(StringComparer.Ordinal);
}
