using System.Collections.Frozen;

namespace Digest.Core.Parsing;

/// <summary>
/// The English words for units of measure and for money, the closed classes a number can stand before without counting
/// anything: "40,000 barrels" measures (barrels of what, how often?), "$20 billion" is money (for what?), where
/// "40,000 workers" counts workers.
/// </summary>
internal static class MeasureUnits
{
    // Length, area, volume, mass, time, speed, pressure, temperature, shares and multiples ("10 times"), as written in
    // full and abbreviated.
    private static readonly FrozenSet<string> Units = new[]
    {
        "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
        "foot", "feet", "ft", "inch", "inches", "cm", "mm", "yard", "yards",
        "acre", "acres", "hectare", "hectares",
        "barrel", "barrels", "bbl", "gallon", "gallons", "litre", "litres", "liter", "liters",
        "tonne", "tonnes", "ton", "tons", "kg", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "pound", "pounds",
        "lb", "lbs", "ounce", "ounces",
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades",
        "mph", "kph", "knot", "knots", "psi", "degree", "degrees",
        "percent", "percentage", "point", "points", "magnitude", "times",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Units of time: they measure how long something lasted ("13 days of bombardment"), and per unit of time they are a
    // schedule ("24 hours a day"), not a quantity that changes.
    private static readonly FrozenSet<string> Durations = new[]
    {
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Shares of a whole.
    private static readonly FrozenSet<string> Shares = new[] { "percent", "percentage", "point", "points" }.ToFrozenSet(StringComparer.Ordinal);

    // A unit that carries its own rate is written out, so "40,000 bpd" and "40,000 barrels a day" are one quantity.
    private static readonly FrozenDictionary<string, string> WithRate = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bpd"] = "barrels a day",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "Pounds" is left to the units: "74 pounds" is as often weight as money, and neither says of what.
    private static readonly FrozenSet<string> Currencies = new[]
    {
        "dollar", "dollars", "euro", "euros", "cent", "cents", "pence", "yen", "yuan", "rupees", "pesos", "francs",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Daily" is "a day": one rate, however written.
    private static readonly FrozenDictionary<string, string> RateAdverbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hourly"] = "an hour",
        ["daily"] = "a day",
        ["weekly"] = "a week",
        ["monthly"] = "a month",
        ["yearly"] = "a year",
        ["annually"] = "a year",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationLookup = Durations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareLookup = Shares.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WithRateLookup =
        WithRate.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RateAdverbLookup =
        RateAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case word is a unit of measure.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => UnitLookup.Contains(word) || WithRateLookup.ContainsKey(word);

    /// <summary>Whether a lower-case unit is one of time ("days").</summary>
    public static bool IsDuration(ReadOnlySpan<char> word) => DurationLookup.Contains(word);

    /// <summary>Whether a lower-case unit is a share of a whole ("percent").</summary>
    public static bool IsShare(ReadOnlySpan<char> word) => ShareLookup.Contains(word);

    /// <summary>A unit that carries its own rate ("bpd"), written out with it ("barrels a day"); null for any other word.</summary>
    public static string? WrittenOut(ReadOnlySpan<char> word) => WithRateLookup.TryGetValue(word, out var full) ? full : null;

    /// <summary>Whether a lower-case word names money ("dollars", "euros").</summary>
    public static bool IsCurrency(ReadOnlySpan<char> word) => CurrencyLookup.Contains(word);

    /// <summary>The rate an adverb gives ("daily" → "a day"); null for any other word.</summary>
    public static string? RateOf(ReadOnlySpan<char> word) => RateAdverbLookup.TryGetValue(word, out var rate) ? rate : null;
}
