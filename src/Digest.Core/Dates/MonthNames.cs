using System.Collections.Frozen;

namespace Digest.Core.Dates;

/// <summary>
/// The names of the months, full and abbreviated, in English and the other languages news arrives in (German, French,
/// Spanish, Italian, Portuguese, Dutch, Polish, Russian, Turkish, Czech, Finnish): the one table month words are looked up in.
/// </summary>
internal static class MonthNames
{
    // Row n is month n + 1, lower-case. English apart, because English-text rules and word lists take only English names;
    // a name may stand in one row only, or a date would depend on which row was read first.
    private static readonly (string English, string[] EnglishAbbreviations, string[] OtherLanguages)[] Table =
    [
        ("january", ["jan"], ["januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "января", "январь", "ocak", "leden", "ledna", "tammikuuta"]),
        ("february", ["feb"], ["febr", "februar", "février", "fevrier", "févr", "fev", "febrero", "febbraio", "fevereiro", "februari", "luty", "lutego", "февраля", "февраль", "şubat", "únor", "února", "helmikuuta"]),
        ("march", ["mar"], ["märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marzec", "marca", "марта", "март", "mart", "březen", "března", "maaliskuuta"]),
        ("april", ["apr"], ["avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "апреля", "апрель", "nisan", "duben", "dubna", "huhtikuuta"]),
        ("may", [], ["mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "мая", "май", "mayıs", "květen", "května", "toukokuuta"]),
        ("june", ["jun"], ["juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "июня", "июнь", "haziran", "červen", "června", "kesäkuuta"]),
        ("july", ["jul"], ["juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "июля", "июль", "temmuz", "červenec", "července", "heinäkuuta"]),
        ("august", ["aug"], ["août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "августа", "август", "ağustos", "srpen", "srpna", "elokuuta"]),
        ("september", ["sep", "sept"], ["septembre", "septiembre", "settembre", "set", "setembro", "wrzesień", "września", "сентября", "сентябрь", "eylül", "září", "syyskuuta"]),
        ("october", ["oct"], ["oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "октября", "октябрь", "ekim", "říjen", "října", "lokakuuta"]),
        ("november", ["nov"], ["novembre", "noviembre", "novembro", "listopad", "listopada", "ноября", "ноябрь", "kasım", "marraskuuta"]),
        ("december", ["dec"], ["dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "декабря", "декабрь", "aralık", "prosinec", "prosince", "joulukuuta"]),
    ];

    private static readonly FrozenDictionary<string, int> Numbers = Table
        .SelectMany((row, index) => row.EnglishAbbreviations.Prepend(row.English).Concat(row.OtherLanguages).Select(name => (Name: name, Month: index + 1)))
        .ToFrozenDictionary(n => n.Name, n => n.Month, StringComparer.Ordinal);

    /// <summary>The English names, January first, lower-case.</summary>
    public static IReadOnlyList<string> English { get; } = Table.Select(row => row.English).ToList();

    /// <summary>The English abbreviations, lower-case and without their dot; May has none, and September two ("sep", "sept").</summary>
    public static IReadOnlyList<string> EnglishAbbreviations { get; } = Table.SelectMany(row => row.EnglishAbbreviations).ToList();

    /// <summary>1–12 for a month's name or abbreviation in any case, with or without a trailing dot, in any of the languages; else 0.</summary>
    public static int Number(string name) => Numbers.GetValueOrDefault(name.TrimEnd('.').ToLowerInvariant());
}
