using System.Globalization;
using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Deterministic made-up summaries for timing story grouping and timelines: a few hundred topics, each with its own
/// organisation, place and person, sharing a pool of common news words and a handful of entities across topics,
/// published over one year and mentioning earlier dates of their topic.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] CommonWords =
    [
        "government", "minister", "report", "officials", "meeting", "plan", "agreement", "talks", "budget", "vote",
        "council", "spokesperson", "announced", "decision", "crisis", "deal", "investigation", "court", "election", "market",
    ];

    private static readonly string[] SharedEntities = ["United Nations", "European Union", "World Bank", "Reuters", "Parliament", "Treasury"];

    private static readonly string[] Verbs = ["announced", "rejected", "approved", "delayed", "expanded", "criticised", "signed", "proposed"];

    public static IReadOnlyList<ArticleSummary> Generate(int count, int topics, int seed = 20210218)
    {
        var random = new Random(seed);
        var start = new DateOnly(2020, 1, 1);
        var summaries = new ArticleSummary[count];
        for (var i = 0; i < count; i++)
        {
            var topic = random.Next(topics);
            var word = Word(topic);
            var published = start.AddDays(random.Next(366));
            var shared = SharedEntities[random.Next(SharedEntities.Length)];
            var sentences = Enumerable.Range(0, 3).Select(_ => Sentence(random, word, shared)).ToList();

            // Earlier developments of the same topic, as reports recall them.
            var dates = new List<DateMention>();
            for (var m = random.Next(3); m >= 0; m--)
            {
                var day = published.AddDays(-random.Next(60));
                var text = day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
                var precision = random.Next(5) == 0 ? DatePrecision.Month : DatePrecision.Day;
                dates.Add(new DateMention(text, day, precision, $"On {text}, {Sentence(random, word, shared)}"));
            }

            summaries[i] = new ArticleSummary
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"synthetic_{i:D6}.txt"),
                ParserVersion = "synthetic",
                Title = $"{Capital(word)}corp {Verbs[random.Next(Verbs.Length)]} {CommonWords[random.Next(CommonWords.Length)]} in {Capital(word)}ville",
                Body = string.Join(' ', sentences),
                Published = new PublicationDate(published, DatePrecision.Day, PublicationDateSource.Metadata, "synthetic", 1),
                KeySentences = sentences,
                Dates = dates,
                Entities =
                [
                    new Entity($"{Capital(word)}corp", EntityType.Organization, [], 3),
                    new Entity($"{Capital(word)}ville", EntityType.Place, [], 2),
                    new Entity($"Alex {Capital(word)}son", EntityType.Person, [], 1),
                    new Entity(shared, EntityType.Organization, [], 1),
                ],
            };
        }

        return summaries;
    }

    /// <summary>The topic a synthetic summary was made for: the word its first entity is built on.</summary>
    public static string TopicOf(ArticleSummary summary) => summary.Entities[0].Name;

    private static string Sentence(Random random, string word, string shared) =>
        $"{Capital(word)}corp {Verbs[random.Next(Verbs.Length)]} a {CommonWords[random.Next(CommonWords.Length)]} " +
        $"with the {shared} in {Capital(word)}ville, {CommonWords[random.Next(CommonWords.Length)]} " +
        $"{CommonWords[random.Next(CommonWords.Length)]} said.";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

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
