using Digest.Core.Stories;

namespace Digest.Core.Tests.Stories;

public class StoryIndexTests
{
    [Fact]
    public void Joins_each_synthetic_article_to_its_topic_story()
    {
        var index = new StoryIndex();
        var ids = SyntheticSummaries.Generate(2_000, 200).Select(index.Add).ToList();

        Assert.Equal(200, index.StoryCount);
        Assert.All(ids.Select((id, i) => (id, i)), x => Assert.Equal(ids[x.i % 200], x.id));
    }

    [Fact]
    public void Reads_about_as_many_postings_per_article_with_four_times_the_stories()
    {
        // Work per article must not grow with the number of stories; comparing every article with every
        // story would read four times as many postings per article here.
        var small = PostingsPerArticle(articles: 1_000, topics: 500);
        var large = PostingsPerArticle(articles: 4_000, topics: 2_000);

        Assert.True(large < small * 1.5, $"postings per article grew from {small:F1} to {large:F1}");
    }

    [Fact]
    public void Starts_a_new_story_for_an_article_sharing_no_terms()
    {
        var index = new StoryIndex();
        var nato = StoryFixtures.Seeds().Select(index.Add).Distinct().Single();

        var football = index.Add(StoryFixtures.UnrelatedOne("football"));

        Assert.NotEqual(nato, football);
        Assert.Equal(2, index.StoryCount);
    }

    private static double PostingsPerArticle(int articles, int topics)
    {
        var index = new StoryIndex();
        foreach (var summary in SyntheticSummaries.Generate(articles, topics))
        {
            index.Add(summary);
        }

        return (double)index.PostingsRead / articles;
    }
}
