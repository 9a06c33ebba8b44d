using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>Articles about the same developing news topic, oldest first (<see cref="ArticleOrder"/>).</summary>
public sealed record Story(int Id, IReadOnlyList<ArticleSummary> Articles)
{
    // Recent enough to say where the story stands now, long enough to hold more than one day's side pieces.
    private const int HeadlineWindowDays = 7;

    // One report's headline is shared by its copies, published within a day or two; a line on pages of three different
    // days is the site's, not a headline.
    private const int FurnitureDays = 3;

    /// <summary>
    /// The title that best names the story among its latest articles (published within a week of the newest): the one whose
    /// words the story's titles repeat most, so a side piece of the last day ("Shellfish stocks remain affected") does not
    /// head a story of months; the newest breaks ties. Only titles that read as headlines count, and not a title that
    /// articles of several days share (a sidebar or furniture line a page put where its headline should be); a story with
    /// none is named from the entities its articles name (<see cref="StoryName"/>), never by a body sentence or a file name.
    /// </summary>
    public string Headline
    {
        get
        {
            if (Articles.Count == 0)
            {
                return string.Empty;
            }

            var furniture = Articles.Where(ArticleHeadline.HasTitle)
                .GroupBy(a => a.Title.Trim(), StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Select(Published).Distinct().Count() >= FurnitureDays)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var candidates = Articles.Where(a => ArticleHeadline.HasTitle(a) && !furniture.Contains(a.Title.Trim())).ToList();
            if (candidates.Count == 0)
            {
                return StoryName.Of(Articles);
            }

            var repeated = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in candidates.SelectMany(a => ContentWords.SetOf(a.Title)))
            {
                repeated[word] = repeated.GetValueOrDefault(word) + 1;
            }

            var newest = candidates.Max(Published);
            return candidates
                .Where(a => newest.DayNumber - Published(a).DayNumber <= HeadlineWindowDays)
                .OrderByDescending(a => Representativeness(a, repeated))
                .ThenByDescending(Published)
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => a.Title.Trim())
                .First();
        }
    }

    private static DateOnly Published(ArticleSummary article) => EventDate.Of(article.Published)?.End ?? DateOnly.MinValue;

    // How much the story's titles repeat this title's words: the log of how many titles share each word, summed and divided
    // by the root of the word count, so a title made of the story's own words scores high, one about a side issue low, and
    // neither a long title nor a one-word one wins by its length alone.
    private static double Representativeness(ArticleSummary article, Dictionary<string, int> repeated)
    {
        var words = ContentWords.SetOf(article.Title);
        return words.Count == 0 ? 0 : words.Sum(w => Math.Log(repeated.GetValueOrDefault(w, 1))) / Math.Sqrt(words.Count);
    }

    /// <summary>The latest publication date among the articles, or null when none is dated.</summary>
    public DateOnly? LatestPublished =>
        Articles.Select(a => EventDate.Of(a.Published)?.End).Max();
}
