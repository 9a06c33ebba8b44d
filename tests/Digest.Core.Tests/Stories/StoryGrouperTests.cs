using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;

namespace Digest.Core.Tests.Stories;

public class StoryGrouperTests
{
    [Fact]
    public void Groups_the_five_seed_articles_into_one_story()
    {
        var stories = new StoryGrouper().Group(StoryFixtures.Seeds());

        var story = Assert.Single(stories);
        Assert.Equal(5, story.Articles.Count);
    }

    [Fact]
    public void Gives_each_unrelated_article_its_own_story()
    {
        var stories = new StoryGrouper().Group([.. StoryFixtures.Seeds(), .. StoryFixtures.Unrelated()]);

        Assert.Equal(3, stories.Count);
        Assert.Contains(stories, s => s.Articles.Count == 5 && s.Articles.All(a => a.Name.EndsWith(".txt", StringComparison.Ordinal) && char.IsDigit(a.Name[0])));
        Assert.Contains(stories, s => s.Articles.Select(a => a.Name).SequenceEqual(["football_harbour_city.txt"]));
        Assert.Contains(stories, s => s.Articles.Select(a => a.Name).SequenceEqual(["tech_lumora_fold.txt"]));
    }

    [Fact]
    public void Groups_the_same_way_whatever_order_the_summaries_arrive_in()
    {
        var summaries = StoryFixtures.Seeds().Concat(StoryFixtures.Unrelated()).ToList();

        var forward = new StoryGrouper().Group(summaries);
        var backward = new StoryGrouper().Group(summaries.AsEnumerable().Reverse().ToList());

        Assert.Equal(Describe(forward), Describe(backward));
    }

    [Fact]
    public void Adds_articles_oldest_first_with_undated_ones_last()
    {
        var story = new StoryGrouper().Group(StoryFixtures.Seeds()).Single();

        Assert.Equal(
            ["002_c6088c52ef4f7cd4.txt", "001_221372be1cbd30b8.txt", "004_a2520b64ff1aecc6.txt", "003_438cfef368783ca7.txt", "000_885cdbf6f613627e.txt"],
            story.Articles.Select(a => a.Name));
    }

    [Fact]
    public void Leaves_out_summaries_that_failed_to_parse()
    {
        var failed = StoryFixtures.UnrelatedOne("tech") with { Error = "Not an article." };

        var stories = new StoryGrouper().Group([.. StoryFixtures.Seeds(), failed]);

        Assert.DoesNotContain(stories, s => s.Articles.Contains(failed));
    }

    [Fact]
    public void Heads_a_story_with_its_latest_article_title()
    {
        var story = new StoryGrouper().Group(StoryFixtures.Seeds()).Single();

        Assert.Equal("NATO to expand Iraq mission from 500 to around 4,000 troops to fight 'terrorism'", story.Headline);
    }

    [Fact]
    public void Keeps_stories_sharing_background_entities_apart_and_follows_a_story_as_it_drifts()
    {
        // Egypt and Libya share "protesters", the United Nations and the Arab League; the spill drifts from a blast
        // to a cap, a fund and hearings over three months.
        var stories = new StoryGrouper().Group(StoryFixtures.MultiStory());

        Assert.Equal(
            ["egypt", "libya", "spill"],
            stories.Select(s => string.Join(",", s.Articles.Select(StoryFixtures.TrueStoryOf).Distinct())).Order(StringComparer.Ordinal));
        Assert.All(stories, s => Assert.Equal(8, s.Articles.Count));
    }

    private static List<string> Describe(IReadOnlyList<Story> stories) =>
        stories.Select(s => string.Join(",", s.Articles.Select(a => a.Name))).ToList();

    [Fact]
    public void Unrelated_articles_in_one_language_stay_apart_however_many_function_words_they_share()
    {
        var articles = StoryFixtures.UnrelatedInOtherLanguages();

        var stories = new StoryGrouper().Group(articles);

        Assert.Equal(articles.Count, stories.Count);
        Assert.Equal(["de", "sv"], articles.Select(a => a.Language).Distinct().Order());
    }
}
