using Digest.Core.Parsing;
using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

/// <summary>
/// The hand-written summaries of the seed articles and of unrelated articles, and the parsed articles of three stories
/// (Egyptian protests, the Libyan uprising, an oil spill that drifts from the blast to hearings), read from TestFiles.
/// </summary>
internal static class StoryFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Stories");

    public static IReadOnlyList<ArticleSummary> Seeds() => Load("seeds");

    public static IReadOnlyList<ArticleSummary> Unrelated() => Load("unrelated");

    /// <summary>A small story made to test one rule of timelines, from TestFiles/Stories/timelines.</summary>
    public static Story TimelineStory(string name) => new(0, Load(Path.Combine("timelines", name)));

    public static ArticleSummary Seed(string prefix) => Seeds().Single(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));

    public static ArticleSummary UnrelatedOne(string prefix) => Unrelated().Single(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The multi-story articles, parsed with their <c>.meta.json</c> publication dates; named "egypt-…", "libya-…", "spill-…".</summary>
    public static IReadOnlyList<ArticleSummary> MultiStory() => ParseDated("multi");

    /// <summary>
    /// Two general elections of one (made-up) country four years apart, three reports each, told in the same words by
    /// other winners (TestFiles/Stories/elections, with <c>.meta.json</c> dates): named "vote2017-…" and "vote2021-…".
    /// </summary>
    public static IReadOnlyList<ArticleSummary> Elections() => ParseDated("elections");

    /// <summary>
    /// Two different (made-up) storms in one week, three reports each, told in the same storm words by other places and
    /// people (TestFiles/Stories/storms, with <c>.meta.json</c> dates): named "ada-…" and "brann-…".
    /// </summary>
    public static IReadOnlyList<ArticleSummary> Storms() => ParseDated("storms");

    /// <summary>
    /// A (made-up) fraud trial followed for four months, from the arrest to the verdict, with gaps of up to seven weeks
    /// between reports (TestFiles/Stories/trial, with <c>.meta.json</c> dates): named "trial-…".
    /// </summary>
    public static IReadOnlyList<ArticleSummary> Trial() => ParseDated("trial");

    /// <summary>
    /// Four reports of a (made-up) leaking well (TestFiles/Stories/figures, with <c>.meta.json</c> dates): figures a reader can
    /// follow (the leak's barrels of oil a day, the barrels spilled, the swimming pools they would fill), ones told once or
    /// never changing (a compensation fund), sums and units that say not what they are (bare "$15 million for", "11 miles",
    /// "15 percent"), and a leak of 1979 told for comparison.
    /// </summary>
    public static IReadOnlyList<ArticleSummary> Figures() => ParseDated("figures");

    /// <summary>Unrelated German and Swedish articles (TestFiles/Stories/languages), parsed: each is a story of its own.</summary>
    public static IReadOnlyList<ArticleSummary> UnrelatedInOtherLanguages()
    {
        var parser = new ArticleParser();
        return Directory.GetFiles(Path.Combine(Folder, "languages"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => parser.Parse(new ArticleInput(Path.GetFileName(f), File.ReadAllBytes(f), new ArticleMetadata(Published: "2024-04-22"))))
            .ToList();
    }

    /// <summary>The story a multi-story article belongs to: its name up to the first '-'.</summary>
    public static string TrueStoryOf(ArticleSummary summary) => summary.Name.Split('-')[0];

    private static List<ArticleSummary> ParseDated(string folder)
    {
        var parser = new ArticleParser();
        return Directory.GetFiles(Path.Combine(Folder, folder), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => parser.Parse(new ArticleInput(
                Path.GetFileName(f),
                File.ReadAllBytes(f),
                StoredJson.Deserialize<ArticleMetadata>(File.ReadAllText(f + ".meta.json")))))
            .ToList();
    }

    private static List<ArticleSummary> Load(string folder) =>
        Directory.GetFiles(Path.Combine(Folder, folder), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => StoredJson.Deserialize<ArticleSummary>(File.ReadAllText(f)))
            .ToList();
}
