using Digest.Core.Summaries;

namespace Digest.Core.Parsing;

/// <summary>
/// A small built-in gazetteer: equivalent names of well-known organisations and countries, places,
/// nationality adjectives (which name no entity) and the words that mark titles and organisations.
/// </summary>
internal static class WellKnownNames
{
    public static IReadOnlyList<KnownEntity> Entities { get; } =
    [
        new("NATO", "NATO", EntityType.Organization, ["NATO", "N.A.T.O.", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance", "Alliance", "the Alliance"]),
        new("Islamic State", "IS", EntityType.Organization, ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Islamic State group"]),
        new("United States", "US", EntityType.Place, ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "American", "Americans"]),
        new("United Kingdom", "UK", EntityType.Place, ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"]),
        new("United Nations", "UN", EntityType.Organization, ["United Nations", "UN", "U.N."]),
        new("European Union", "EU", EntityType.Organization, ["European Union", "EU", "E.U."]),
        new("Taliban", "Taliban", EntityType.Organization, ["Taliban", "the Taliban"]),
        new("Al-Qaeda", "Al-Qaeda", EntityType.Organization, ["Al-Qaeda", "al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"]),
        new("Russia", "Russia", EntityType.Place, ["Russia", "Russian Federation"]),
        new("United Arab Emirates", "UAE", EntityType.Place, ["United Arab Emirates", "UAE"]),
    ];

    public static IReadOnlySet<string> Places { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahrain", "Bangladesh",
        "Belarus", "Belgium", "Bosnia", "Brazil", "Bulgaria", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus",
        "Czech Republic", "Denmark", "Egypt", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary",
        "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya",
        "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Mali", "Mexico", "Moldova", "Montenegro",
        "Morocco", "Netherlands", "New Zealand", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan",
        "Palestine", "Poland", "Portugal", "Qatar", "Romania", "Saudi Arabia", "Serbia", "Slovakia", "Slovenia", "Somalia",
        "South Africa", "South Korea", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tunisia", "Turkey",
        "Ukraine", "Venezuela", "Vietnam", "Yemen",
        "Baghdad", "Basra", "Mosul", "Erbil", "Kabul", "Tehran", "Damascus", "Aleppo", "Beirut", "Amman", "Riyadh", "Doha",
        "Dubai", "Cairo", "Ankara", "Istanbul", "Jerusalem", "Tel Aviv", "Moscow", "Kyiv", "Kiev", "Brussels", "Munich",
        "Berlin", "Paris", "London", "Rome", "Madrid", "Lisbon", "Vienna", "Warsaw", "Prague", "Budapest", "Athens", "Geneva",
        "The Hague", "Washington", "New York", "Beijing", "Tokyo", "Delhi", "New Delhi", "Islamabad", "Tunis", "Tripoli",
        "Middle East", "North Africa", "Europe", "Asia", "Africa", "Gulf", "Persian Gulf", "Balkans", "Sahel", "Levant",
        "Mediterranean", "Black Sea", "Baltic", "Arctic", "Kurdistan", "Gaza", "West Bank", "Crimea", "Donbas",
    };

    /// <summary>Nationality adjectives: "Iraqi government" names Iraq's government, not an entity called "Iraqi".</summary>
    public static IReadOnlySet<string> Demonyms { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Iraqi", "Iranian", "Syrian", "Afghan", "German", "Russian", "French", "British", "Jordanian", "Turkish", "Chinese",
        "Arab", "Arabic", "European", "Western", "Eastern", "Middle Eastern", "Kurdish", "Israeli", "Palestinian", "Saudi",
        "Egyptian", "Libyan", "Ukrainian", "Polish", "Italian", "Spanish", "Canadian", "Japanese", "Indian", "Pakistani",
        "Qatari", "Emirati", "Lebanese", "Yemeni", "Greek", "Dutch", "Belgian", "Danish", "Norwegian", "Swedish",
        "Transatlantic", "Islamic", "Muslim", "Christian", "Sunni", "Shia", "Shiite", "Allied", "Tunisian", "Turkmen",
    };

    /// <summary>Words a title ends with; what follows them in a capitalised run is the holder's name.</summary>
    public static IReadOnlySet<string> TitleWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Secretary-General", "General", "Chancellor", "Chief", "Director", "Ambassador",
        "Spokesman", "Spokeswoman", "Spokesperson", "Commander", "King", "Queen", "Prince", "Senator", "Governor", "Mayor",
        "Chairman", "Chairwoman", "Pope", "Sheikh", "Emir", "Envoy", "Admiral", "Colonel", "Leader", "Premier",
    };

    /// <summary>Words that may precede a title word within the title ("Prime Minister", "Defense Minister").</summary>
    public static IReadOnlySet<string> TitleModifiers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Prime", "Vice", "Deputy", "Foreign", "Defense", "Defence", "Interior", "Finance", "Supreme", "Lieutenant", "Major",
        "Attorney", "State", "Assistant", "Acting", "Former", "Top",
    };

    public static IReadOnlySet<string> Honorifics { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame",
    };

    public static IReadOnlySet<string> OrganizationWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Organization", "Organisation", "Union", "Council", "Coalition", "Mission", "Ministry", "Party", "Group", "Committee",
        "Agency", "Alliance", "Bank", "Fund", "Institute", "University", "Company", "Corporation", "Corp", "Inc", "Ltd", "Army",
        "Navy", "Force", "Forces", "Command", "Commission", "Parliament", "Assembly", "Court", "Department", "Office", "Service",
        "Association", "Federation", "Front", "Movement", "Brigade", "Guard", "Network", "News", "Times", "Post", "Press",
        "Government", "Administration", "Operation",
    };

    private static readonly Dictionary<string, KnownEntity> ByAlias = Entities
        .SelectMany(e => e.Aliases.Select(a => (Alias: a, Entity: e)))
        .ToDictionary(p => p.Alias, p => p.Entity, StringComparer.Ordinal);

    private static readonly Dictionary<string, KnownEntity> ByAliasIgnoringCase = Entities
        .SelectMany(e => e.Aliases.Where(a => a.Length > 3).Select(a => (Alias: a, Entity: e)))
        .DistinctBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(p => p.Alias, p => p.Entity, StringComparer.OrdinalIgnoreCase);

    /// <summary>The well-known entity a name stands for. Short aliases must match case exactly: "IS" is not "is".</summary>
    public static KnownEntity? Find(string name) =>
        ByAlias.TryGetValue(name, out var exact) ? exact
        : ByAliasIgnoringCase.TryGetValue(name, out var loose) ? loose
        : null;

    public static bool IsPlace(string name) => Places.Contains(name);

    /// <summary>The gazetteer's spelling of a place written in capitals ("BRUSSELS" → "Brussels").</summary>
    public static string? PlaceSpelling(string name) => Places.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
}
