using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>
/// A name for a story none of whose articles has a headline: where it happens and who and what it is about, from the
/// entities its articles name most ("Libya: Gaddafi, NATO, Benghazi"), or failing any, the words they repeat most. Never a
/// body sentence or a file name.
/// </summary>
internal static class StoryName
{
    // A place and three more say what a story is about and still fit a subject line's share.
    private const int NamesAfterThePlace = 3;

    public static string Of(IReadOnlyList<ArticleSummary> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Counted by articles naming them, not by mentions, so one long article does not name the story.
        var named = articles
            .SelectMany(a => a.Entities.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First()))
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Entity: g.First(), Articles: g.Count()))
            .OrderByDescending(e => e.Articles)
            .ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .ToList();
        if (named.Count > 0)
        {
            var place = named.FirstOrDefault(e => e.Entity.Type == EntityType.Place).Entity;
            var others = named.Select(e => e.Entity).Where(e => e != place).Take(NamesAfterThePlace).Select(e => e.Name).ToList();
            return place is null ? string.Join(", ", others) : others.Count == 0 ? place.Name : $"{place.Name}: {string.Join(", ", others)}";
        }

        var words = articles
            .SelectMany(a => ContentWords.SetOf(string.Join(' ', a.KeySentences)))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(NamesAfterThePlace + 1)
            .Select(g => g.Key)
            .ToList();
        return words.Count == 0 ? "Untitled story" : string.Join(", ", words);
    }
}
