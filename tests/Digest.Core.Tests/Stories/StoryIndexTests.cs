using Digest.Core.Stories;
using Digest.Core.Stories.Grouping;
using Digest.Core.Summaries;

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
    public void Prunes_terms_a_story_gained_with_the_same_article_without_failing()
    {
        // With room for two terms, the first article's own terms are pruned before they were ever posted.
        var index = new StoryIndex(StoryGroupingOptions.Default with { ProfileSize = 2 });

        var ids = StoryFixtures.Seeds().Select(index.Add).ToList();

        Assert.NotEmpty(ids);
        Assert.All(index.Stories, s => Assert.NotEmpty(s.Articles));
    }

    [Fact]
    public void Keeps_each_posting_in_step_with_its_stories_through_every_change()
    {
        // Few terms per story, so that stories are pruned often; articles re-added under their names, so that stories
        // are summed again; an export and import half way; a retirement at the end.
        var options = StoryGroupingOptions.Default with { ProfileSize = 12 };
        var articles = SyntheticSummaries.Generate(600, 40).Concat(StoryFixtures.MultiStory()).Order(ArticleOrder.Instance).ToList();
        var index = new StoryIndex(options);
        for (var i = 0; i < articles.Count; i++)
        {
            index.Add(articles[i]);
            if (i % 7 == 3)
            {
                index.Add(articles[i / 2] with { Title = articles[i / 2].Title + " " + articles[i].Title });
            }

            if (i % 50 == 0)
            {
                Assert.True(index.PostingsAgreeWithStories(), $"after article {i}");
            }
        }

        Assert.True(index.PostingsAgreeWithStories());
        var imported = StoryIndex.Import(index.Export(), articles.Take(articles.Count - 40).ToDictionary(a => a.Name), options);
        Assert.True(imported.PostingsAgreeWithStories());

        imported.Retire(articles.Max(a => a.Published!.Date).AddDays(-10));
        Assert.True(imported.PostingsAgreeWithStories());
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

    [Fact]
    public void Imports_an_exported_index_with_the_same_stories_and_goes_on_grouping_the_same_way()
    {
        var articles = StoryFixtures.MultiStory().Order(ArticleOrder.Instance).ToList();
        var original = new StoryIndex();
        foreach (var article in articles.SkipLast(3))
        {
            original.Add(article);
        }

        var json = StoredJson.Serialize(original.Export());
        var imported = StoryIndex.Import(StoredJson.Deserialize<StoryIndexState>(json), articles.ToDictionary(a => a.Name));

        Assert.Equal(Describe(original.Stories), Describe(imported.Stories));
        Assert.Equal(articles.TakeLast(3).Select(original.Add), articles.TakeLast(3).Select(imported.Add));
        Assert.Equal(Describe(original.Stories), Describe(imported.Stories));
        Assert.Equal(StoredJson.Serialize(original.Export()), StoredJson.Serialize(imported.Export()));
    }

    [Fact]
    public void Exports_article_names_and_term_sums_but_not_the_summaries()
    {
        var index = new StoryIndex();
        var seeds = StoryFixtures.Seeds();
        foreach (var seed in seeds)
        {
            index.Add(seed);
        }

        var state = index.Export();
        var json = StoredJson.Serialize(state);

        var story = Assert.Single(state.Stories);
        Assert.Equal(seeds.Select(s => s.Name).Order(StringComparer.Ordinal), story.Members.Order(StringComparer.Ordinal));
        Assert.NotEmpty(story.TermSums);
        Assert.Equal(index.Stories.Single().LatestPublished, story.LatestPublished);
        Assert.DoesNotContain(seeds[0].KeySentences[0], json, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_imported_members_whose_summary_is_missing()
    {
        var index = new StoryIndex();
        var seeds = StoryFixtures.Seeds();
        foreach (var seed in seeds)
        {
            index.Add(seed);
        }

        var imported = StoryIndex.Import(index.Export(), seeds.Skip(1).ToDictionary(s => s.Name));

        var story = Assert.Single(imported.Stories);
        Assert.Equal(seeds.Skip(1).Select(s => s.Name).Order(StringComparer.Ordinal), story.Articles.Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Replaces_an_article_added_again_under_the_same_name()
    {
        var index = new StoryIndex();
        var seeds = StoryFixtures.Seeds();
        var id = seeds.Select(index.Add).Distinct().Single();
        var revised = seeds[2] with { Title = seeds[2].Title + " (updated)" };

        Assert.Equal(id, index.Add(revised));

        var story = Assert.Single(index.Stories);
        Assert.Equal(seeds.Count, story.Articles.Count);
        Assert.Same(revised, Assert.Single(story.Articles, a => a.Name == revised.Name));
    }

    [Fact]
    public void Moves_a_replaced_article_to_the_story_it_now_belongs_to()
    {
        var index = new StoryIndex();
        var nato = StoryFixtures.Seeds().Select(index.Add).Distinct().Single();
        var football = StoryFixtures.UnrelatedOne("football");
        var footballId = index.Add(football);

        var renamed = football with { Name = StoryFixtures.Seeds()[0].Name };
        var id = index.Add(renamed);

        Assert.NotEqual(nato, id);
        Assert.Equal(footballId, id);
        Assert.Equal(StoryFixtures.Seeds().Count - 1, index.Stories.Single(s => s.Id == nato).Articles.Count);
    }

    [Fact]
    public void Retires_stories_quiet_for_longer_than_the_retirement_period()
    {
        var articles = StoryFixtures.MultiStory();
        var index = new StoryIndex(StoryGroupingOptions.Default with { RetirementDays = 30 });
        var egypt = articles.Order(ArticleOrder.Instance).Select(a => (a, Id: index.Add(a))).Last(x => StoryFixtures.TrueStoryOf(x.a) == "egypt").Id;

        // Egypt's last report is from 19 March; Libya's from 31 March and the spill's from 5 April are within 30 days.
        var retired = index.Retire(new DateOnly(2011, 4, 25));

        Assert.Equal(1, retired);
        Assert.DoesNotContain(index.Stories, s => s.Id == egypt);
        Assert.Equal(2, index.StoryCount);
        Assert.NotEqual(egypt, index.Add(articles.First(a => a.Name == "egypt-08.txt") with { Name = "egypt-09.txt" }));
    }

    private static List<string> Describe(IReadOnlyList<Story> stories) =>
        stories.Select(s => $"{s.Id}:{string.Join(",", s.Articles.Select(a => a.Name))}").ToList();

    private static double PostingsPerArticle(int articles, int topics)
    {
        var index = new StoryIndex();
        foreach (var summary in SyntheticSummaries.Generate(articles, topics))
        {
            index.Add(summary);
        }

        return (double)index.PostingsRead / articles;
    }

    [Fact]
    public void Keeps_two_elections_years_apart_in_two_stories()
    {
        var stories = Grouped(StoryFixtures.Elections());

        Assert.Equal(["vote2017", "vote2021"], stories.Select(Election).Order(StringComparer.Ordinal));
        Assert.All(stories, story => Assert.Equal(3, story.Articles.Count));
    }

    [Fact]
    public void Keeps_an_election_apart_from_a_later_one_that_arrived_first()
    {
        // An archive uploaded after the news it precedes: the older reports must not join the newer story.
        var elections = StoryFixtures.Elections();
        var stories = Grouped([.. elections.Where(a => a.Name.StartsWith("vote2021", StringComparison.Ordinal)), .. elections.Where(a => a.Name.StartsWith("vote2017", StringComparison.Ordinal))]);

        Assert.Equal(["vote2017", "vote2021"], stories.Select(Election).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_the_distant_rule_the_two_elections_would_be_one_story()
    {
        // What the rule is for: the two elections share their words, so similarity alone joins them.
        var stories = Grouped(StoryFixtures.Elections(), StoryGroupingOptions.Default with { DistantDays = int.MaxValue });

        Assert.Single(stories);
    }

    [Fact]
    public void Joins_a_report_years_away_that_matches_the_story_closely()
    {
        // Told again years later in nearly the same words, it is the same story (a retrospective, a re-dated copy).
        var elections = StoryFixtures.Elections();
        var copy = elections.Single(a => a.Name == "vote2017-02.txt") with { Name = "vote2017-02-again.txt", Published = elections.Single(a => a.Name == "vote2017-02.txt").Published! with { Date = new DateOnly(2020, 9, 12) } };

        var stories = Grouped([.. elections.Where(a => a.Name.StartsWith("vote2017", StringComparison.Ordinal)), copy]);

        Assert.Equal(4, Assert.Single(stories).Articles.Count);
    }

    [Fact]
    public void Keeps_undated_reports_of_two_storms_in_two_stories()
    {
        // Undated reports arriving together (an archive without dates): nothing says when they happened, so only a report
        // of the story's own event joins it, not one that shares its subject.
        var stories = Grouped(StoryFixtures.Storms().Select(a => a with { Published = null }));

        Assert.Equal(["ada", "brann"], stories.Select(Storm).Order(StringComparer.Ordinal));
        Assert.All(stories, story => Assert.Equal(3, story.Articles.Count));
    }

    [Fact]
    public void Without_the_event_rule_undated_reports_of_two_storms_would_be_one_story()
    {
        // What the rule is for: the storms share their words, so a subject-level match alone joins them.
        var stories = Grouped(
            StoryFixtures.Storms().Select(a => a with { Published = null }),
            StoryGroupingOptions.Default with { EventSimilarity = StoryGroupingOptions.Default.SimilarityThreshold });

        Assert.Single(stories);
    }

    [Fact]
    public void Keeps_a_trial_followed_for_months_in_one_story()
    {
        // Arrest, charge, plea, trial and verdict over four months, with weeks of quiet between them: one story.
        var stories = Grouped(StoryFixtures.Trial());

        Assert.Equal(6, Assert.Single(stories).Articles.Count);
    }

    private static IReadOnlyList<Story> Grouped(IEnumerable<ArticleSummary> arrivals, StoryGroupingOptions? options = null)
    {
        var index = new StoryIndex(options);
        foreach (var article in arrivals)
        {
            index.Add(article);
        }

        return index.Stories;
    }

    private static string Storm(Story story) => Assert.Single(story.Articles.Select(a => a.Name.Split('-')[0]).Distinct());

    private static string Election(Story story) => Assert.Single(story.Articles.Select(a => a.Name.Split('-')[0]).Distinct());
}
