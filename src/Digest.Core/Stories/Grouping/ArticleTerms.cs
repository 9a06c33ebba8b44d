using System.Runtime.InteropServices;
using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories.Grouping;

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

    /// <summary>The article's terms with their mentions, numbered in <paramref name="vocabulary"/>: words first, in the order they first occur, then entities.</summary>
    public static List<(int Term, double Count)> Of(ArticleSummary summary, EntityNames entityNames, TermVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(entityNames);
        ArgumentNullException.ThrowIfNull(vocabulary);

        // Words are counted bare and by span, then prefixed and numbered once each, not once per mention.
        var wordMentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = string.IsNullOrWhiteSpace(summary.Body) ? string.Join(' ', summary.KeySentences) : summary.Body;
        Span<char> buffer = stackalloc char[ContentWords.StackWordLength];
        Count(wordMentions, ContentWords.Read(body, summary.Language, buffer), 1);
        Count(wordMentions, ContentWords.Read(summary.Title, summary.Language, buffer), TitleMentions);

        // Raw counts, not damped: in a corpus made of a few big stories their core words ("oil", "flu") have a low IDF,
        // and only their repetition within an article keeps them among its heaviest terms (damping with a logarithm
        // left the vectors to names and typos and cut recall on the Timeline17 grouping benchmark from 0.48 to 0.12).
        var terms = new List<(int Term, double Count)>(wordMentions.Count + summary.Entities.Count);
        // A prefix and any ordinary word or entity name; a longer term gets a buffer of its own.
        Span<char> term = stackalloc char[Math.Max(WordPrefix.Length, EntityPrefix.Length) + ContentWords.StackWordLength];
        foreach (var (word, count) in wordMentions)
        {
            terms.Add((IdOf(vocabulary, WordPrefix, word, term), count));
        }

        // Several entities may resolve to one name: their mentions add up under the first one's place. An article names a
        // few dozen entities at most, so they are searched rather than indexed.
        var firstEntity = terms.Count;
        foreach (var entity in summary.Entities)
        {
            var id = IdOf(vocabulary, EntityPrefix, entityNames.Resolve(entity), term);
            var mentions = Math.Max(1, entity.Mentions);
            var at = terms.FindIndex(firstEntity, t => t.Term == id);
            if (at >= 0)
            {
                terms[at] = (id, terms[at].Count + mentions);
            }
            else
            {
                terms.Add((id, mentions));
            }
        }

        return terms;
    }

    /// <summary>The number of the prefixed term, spelt out in <paramref name="buffer"/> when it fits: a string is made only for a term new to the index.</summary>
    private static int IdOf(TermVocabulary vocabulary, string prefix, string name, Span<char> buffer)
    {
        var prefixed = prefix.Length + name.Length <= buffer.Length ? buffer[..(prefix.Length + name.Length)] : new char[prefix.Length + name.Length];
        prefix.CopyTo(prefixed);
        name.CopyTo(prefixed[prefix.Length..]);
        return vocabulary.IdOf(prefixed);
    }

    private static void Count(Dictionary<string, int> mentions, ContentWords.Reader words, int times)
    {
        var lookup = mentions.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _) += times;
        }
    }
}
