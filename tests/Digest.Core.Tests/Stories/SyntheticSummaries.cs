using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

/// <summary>
/// Generated summaries about many distinct topics, each sharing a few words with every other topic,
/// for checking (and later benchmarking) how grouping scales.
/// </summary>
internal static class SyntheticSummaries
{
    private static readonly string[] CommonWords = ["government", "minister", "report", "officials", "meeting", "plan"];

    /// <summary><paramref name="count"/> summaries spread round-robin over <paramref name="topics"/> topics.</summary>
    public static IReadOnlyList<ArticleSummary> Generate(int count, int topics)
    {
        var start = new DateOnly(2020, 1, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var topic = i % topics;
            var word = Word(topic);
            var common = CommonWords[i % CommonWords.Length];
            return new ArticleSummary
            {
                Name = $"synthetic_{i:D6}.txt",
                ParserVersion = "synthetic",
                Title = $"{word}corp {word}ville {common} update",
                Body = $"{word}corp in {word}ville.",
                Published = new PublicationDate(start.AddDays(i / topics), DatePrecision.Day, PublicationDateSource.Metadata, "synthetic", 1),
                KeySentences = [$"{word}corp announced a {common} in {word}ville with {word}person."],
                Entities =
                [
                    new Entity($"{word}corp", EntityType.Organization, [], 2),
                    new Entity($"{word}ville", EntityType.Place, [], 1),
                    new Entity($"{word}person", EntityType.Person, [], 1),
                ],
            };
        }).ToList();
    }

    // Letters only, so every topic's words survive tokenisation as distinct words.
    private static string Word(int topic)
    {
        var letters = new char[4];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + (topic % 26));
            topic /= 26;
        }

        return "top" + new string(letters);
    }
}
