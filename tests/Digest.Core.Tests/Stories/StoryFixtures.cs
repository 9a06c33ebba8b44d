using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

/// <summary>The hand-written summaries of the seed articles and of unrelated articles, read from TestFiles.</summary>
internal static class StoryFixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Stories");

    public static IReadOnlyList<ArticleSummary> Seeds() => Load("seeds");

    public static IReadOnlyList<ArticleSummary> Unrelated() => Load("unrelated");

    /// <summary>A small story made to test one rule of timelines, from TestFiles/Stories/timelines.</summary>
    public static Story TimelineStory(string name) => new(0, Load(Path.Combine("timelines", name)));

    public static ArticleSummary Seed(string prefix) => Seeds().Single(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));

    public static ArticleSummary UnrelatedOne(string prefix) => Unrelated().Single(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));

    private static List<ArticleSummary> Load(string folder) =>
        Directory.GetFiles(Path.Combine(Folder, folder), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => SummaryJson.Deserialize<ArticleSummary>(File.ReadAllText(f)))
            .ToList();
}
