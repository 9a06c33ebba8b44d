using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>
/// What an article is about, before any corpus statistics: how strongly it uses each content word of its title and body
/// and each entity it names. Depends on the article alone (and the entity aliases learnt so far), so the same article
/// always counts towards the same document frequencies.
/// </summary>
internal static class ArticleTerms
{
    public const string EntityPrefix = "e:";
    public const string WordPrefix = "w:";

    // A title states what the article is about: each of its words counts as a few more mentions in the body.
    private const int TitleMentions = 2;

    public static Dictionary<string, double> Of(ArticleSummary summary, EntityNames entityNames)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(entityNames);

        // Words are counted bare and prefixed once each, not once per mention.
        var wordMentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = string.IsNullOrWhiteSpace(summary.Body) ? string.Join(' ', summary.KeySentences) : summary.Body;
        foreach (var word in ContentWords.Of(body, summary.Language))
        {
            Count(wordMentions, word, 1);
        }

        foreach (var word in ContentWords.Of(summary.Title, summary.Language))
        {
            Count(wordMentions, word, TitleMentions);
        }

        // Raw counts, not damped: in a corpus made of a few big stories their core words ("oil", "flu") have a low IDF,
        // and only their repetition within an article keeps them among its heaviest terms (damping with a logarithm
        // left the vectors to names and typos and cut recall on the Timeline17 grouping benchmark from 0.48 to 0.12).
        var mentions = new Dictionary<string, double>(wordMentions.Count + summary.Entities.Count, StringComparer.Ordinal);
        foreach (var (word, count) in wordMentions)
        {
            mentions.Add(WordPrefix + word, count);
        }

        foreach (var entity in summary.Entities)
        {
            var term = EntityPrefix + entityNames.Resolve(entity);
            mentions[term] = mentions.GetValueOrDefault(term) + Math.Max(1, entity.Mentions);
        }

        return mentions;
    }

    private static void Count(Dictionary<string, int> mentions, string term, int times) =>
        mentions[term] = mentions.GetValueOrDefault(term) + times;
}
