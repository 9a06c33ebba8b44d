using Digest.Core.Summaries;
using Digest.Core.Text;

namespace Digest.Core.Stories;

/// <summary>Articles about the same developing news topic, oldest first (<see cref="ArticleOrder"/>).</summary>
public sealed record Story(int Id, IReadOnlyList<ArticleSummary> Articles)
{
    // Recent enough to say where the story stands now, long enough to hold more than one day's side pieces.
    private const int HeadlineWindowDays = 7;

    /// <summary>
    /// The title that best names the story among its latest articles (published within a week of the newest): the one whose
    /// words the story's titles repeat most, so a side piece of the last day ("Shellfish stocks remain affected") does not
    /// head a story of months; the newest breaks ties. Articles without a title of their own are passed over while any
    /// other has one, so a file name never heads a story.
    /// </summary>
    public string Headline
    {
        get
        {
            var titled = Articles.Where(ArticleHeadline.HasTitle).ToList();
            var candidates = titled.Count > 0 ? titled : [.. Articles];
            if (candidates.Count == 0)
            {
                return string.Empty;
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
                .Select(ArticleHeadline.Of)
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
