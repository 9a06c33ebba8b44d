namespace Digest.Core.Stories.Grouping;

/// <summary>Knobs for grouping articles into stories.</summary>
/// <param name="SimilarityThreshold">
/// Lowest cosine between an article's TF-IDF vector and a story's centroid (after the dormancy discount) for the article to join
/// it. Low, because a story of months drifts far from any one article; below <paramref name="ConfidentSimilarity"/> the story
/// must also share the article's core words.
/// </param>
/// <param name="CohesionShare">
/// Least ratio of an article's cosine with a story to the story's cohesion (the length of its centroid of unit vectors, which is
/// the mean cosine of its own articles with it): a tight story of near-identical reports needs a close article, a story that
/// has drifted over months takes one as close as a fraction of its typical member.
/// </param>
/// <param name="ConfidentSimilarity">Cosine above which an article joins a story without checking that the story shares its core words.</param>
/// <param name="MergeThreshold">
/// Lowest cosine between two stories' centroids for them to become one, once an article has been close to both and each shares
/// the other's core words.
/// </param>
/// <param name="TermsPerArticle">How many of an article's heaviest TF-IDF terms represent it; bounds the work per article.</param>
/// <param name="CoreTermsPerArticle">How many of its most repeated terms say what an article (or a story) is mostly about.</param>
/// <param name="CoreTermsPerStory">How many of its heaviest centroid terms count as what a story is about.</param>
/// <param name="MinCoreShare">
/// Least share of an article's core weight a story must have among its own core terms for a weakly similar article to join it:
/// a story sharing only background words ("protesters", "United Nations") with the article is another story.
/// </param>
/// <param name="DormancyDays">
/// Days between an article's date and the period a story covers (before or after it) at which the article must be twice as
/// similar to join it: a story pulls news of other times less.
/// </param>
/// <param name="DistantDays">
/// Days between an article's date and a story's period past which the article is another story unless it matches as closely
/// as <paramref name="DistantSimilarity"/>, and past which two stories' periods never merge (nor do stories with no date):
/// a year, so that an election, a storm season or a trial's anniversary years later is news of its own, while a story
/// followed for months stays whole.
/// </param>
/// <param name="DistantSimilarity">
/// The cosine (before the dormancy discount) an article needs to join a story more than <paramref name="DistantDays"/> away:
/// as close as a typical report is to its nearest report of the same event (the median over ECB+'s event-grouping set is
/// 0.50), so that only a retelling of the story itself crosses the years.
/// </param>
/// <param name="EventSimilarity">
/// The cosine (after the dormancy discount) at which an article joins a story whatever their dates: a report of the story's
/// own event, not only of its subject. Below it, the subject-level thresholds above apply only when the article and the
/// story are both dated within <paramref name="NearDays"/> of each other, so an undated article, or one from months away,
/// starts its own story unless it tells the story's event. Tuned on half of the ECB+ event-grouping topics (1, 5, 9, ...):
/// B-cubed F1 0.844, 0.860, 0.855, 0.822 at 0.15, 0.2, 0.25, 0.3; the other half agrees (0.776, 0.822, 0.820, 0.786).
/// </param>
/// <param name="NearDays">
/// Days between an article's date and a story's period within which a subject-level match is enough. As long as <paramref name="DormancyDays"/>: a story followed for months goes quiet for weeks between its developments
/// (a trial between plea and hearing), and time is the one thing that tells a drifting story's next development from another
/// event of its kind. 30 days split a story resumed after five weeks (the test fixtures' Egyptian protests) and 14 cost
/// Timeline17 recall (0.833 against 0.837). Merging is held to <paramref name="DistantDays"/>, and to dated stories: held to
/// this window too it cost Timeline17 recall (0.816).
/// </param>
/// <param name="RetirementDays">Days without news after which <see cref="StoryIndex.Retire"/> drops a story from the index.</param>
/// <param name="MaxCandidates">How many stories sharing terms with an article are scored in full.</param>
/// <param name="MaxPostingLength">How many of the newest stories having a term are found through it; bounds the work per article.</param>
/// <param name="ProfileSize">How many of its heaviest terms a story keeps, so its cost stays bounded however large it grows.</param>
public sealed record StoryGroupingOptions(
    double SimilarityThreshold = 0.05,
    double CohesionShare = 0.1,
    double ConfidentSimilarity = 0.2,
    double MergeThreshold = 0.2,
    int TermsPerArticle = 128,
    int CoreTermsPerArticle = 10,
    int CoreTermsPerStory = 100,
    double MinCoreShare = 0.15,
    double DormancyDays = 60,
    int DistantDays = 365,
    double DistantSimilarity = 0.5,
    double EventSimilarity = 0.2,
    int NearDays = 60,
    int RetirementDays = 30,
    int MaxCandidates = 16,
    int MaxPostingLength = 64,
    int ProfileSize = 300)
{
    public static StoryGroupingOptions Default { get; } = new();
}
