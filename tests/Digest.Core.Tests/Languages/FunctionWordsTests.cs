using Digest.Core.Languages;
using Lucene.Net.Analysis.Util;

namespace Digest.Core.Tests.Languages;

public class FunctionWordsTests
{
    // Each language's list as Lucene's analyser keeps it: FunctionWords.tsv must be exactly these, lower-cased.
    public static TheoryData<string> Languages => [.. LuceneLists().Keys];

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("PT_br", "pt")]
    [InlineData("DE", "de")]
    public void A_region_and_the_case_of_the_code_are_ignored(string language, string code) =>
        Assert.Same(FunctionWords.Of(code), FunctionWords.Of(language));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xx")]
    [InlineData("-en")]
    [InlineData("a-language-code-far-too-long-to-be-one")]
    public void A_language_without_a_list_has_no_function_words(string? language)
    {
        Assert.Empty(FunctionWords.Of(language));
        Assert.False(FunctionWords.SpanLookupOf(language).Contains("the"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Looks_up_by_span_the_words_of_the_language(string language)
    {
        var lookup = FunctionWords.SpanLookupOf(language.ToUpperInvariant() + "-XX");

        Assert.All(FunctionWords.Of(language), word => Assert.True(lookup.Contains(word.AsSpan())));
        Assert.False(lookup.Contains("digest"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_Lucenes_list(string language)
    {
        var lucene = LuceneLists()[language].Select(w => w.ToString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var ours = FunctionWords.Of(language).ToHashSet(StringComparer.Ordinal);
        if (language == "en")
        {
            // English has Lucene's 33 words and 31 more of its own.
            Assert.Superset(lucene, ours);
            Assert.Equal(64, ours.Count);
        }
        else
        {
            // Lucene's words, and each word spelt with ß also as the spelling reform writes it ("daß", "dass").
            var reformed = lucene.Where(w => w.Contains('ß', StringComparison.Ordinal)).Select(w => w.Replace("ß", "ss", StringComparison.Ordinal));
            Assert.Equal(lucene.Union(reformed).Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void German_has_the_reformed_spelling_of_dass()
    {
        Assert.Contains("daß", (IReadOnlySet<string>)FunctionWords.Of("de"));
        Assert.Contains("dass", (IReadOnlySet<string>)FunctionWords.Of("de"));
        Assert.True(FunctionWords.SpanLookupOf("de-CH").Contains("dass".AsSpan()));
    }

    [Fact]
    public void The_languages_are_those_Lucene_has_lists_for()
    {
        Assert.Equal(LuceneLists().Keys.Order(StringComparer.Ordinal), FunctionWords.Languages.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, CharArraySet> LuceneLists() => new(StringComparer.Ordinal)
    {
        ["ar"] = Lucene.Net.Analysis.Ar.ArabicAnalyzer.DefaultStopSet,
        ["bg"] = Lucene.Net.Analysis.Bg.BulgarianAnalyzer.DefaultStopSet,
        ["ca"] = Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet,
        ["cs"] = Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet,
        ["da"] = Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet,
        ["de"] = Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        ["el"] = Lucene.Net.Analysis.El.GreekAnalyzer.DefaultStopSet,
        ["en"] = Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        ["es"] = Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        ["eu"] = Lucene.Net.Analysis.Eu.BasqueAnalyzer.DefaultStopSet,
        ["fa"] = Lucene.Net.Analysis.Fa.PersianAnalyzer.DefaultStopSet,
        ["fi"] = Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet,
        ["fr"] = Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        ["ga"] = Lucene.Net.Analysis.Ga.IrishAnalyzer.DefaultStopSet,
        ["gl"] = Lucene.Net.Analysis.Gl.GalicianAnalyzer.DefaultStopSet,
        ["hi"] = Lucene.Net.Analysis.Hi.HindiAnalyzer.DefaultStopSet,
        ["hu"] = Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet,
        ["hy"] = Lucene.Net.Analysis.Hy.ArmenianAnalyzer.DefaultStopSet,
        ["id"] = Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet,
        ["it"] = Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        ["lv"] = Lucene.Net.Analysis.Lv.LatvianAnalyzer.DefaultStopSet,
        ["nl"] = Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        ["no"] = Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet,
        ["pt"] = Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        ["ro"] = Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet,
        ["ru"] = Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet,
        ["sv"] = Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet,
        ["tr"] = Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet,
    };
}
