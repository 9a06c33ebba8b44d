using Digest.Core.Parsing;
using Digest.Core.Stories;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;
using Digest.Core.Tests.Parsing;

namespace Digest.Core.Tests.Stories;

public class StoryTimelineTests
{
    private static readonly Story Seeds = new(0, StoryFixtures.Seeds());

    [Fact]
    public void Orders_developments_by_event_date()
    {
        var timeline = StoryTimeline.Build(Seeds);

        Assert.Equal(["2018", "Jan 2020", "12 Feb 2020", "23 Oct 2020", "18 Feb 2021"], timeline.Developments.Select(d => d.Date.ToString()));
        Assert.Contains("around 500 troops", Text(timeline.Developments[0]), StringComparison.Ordinal);
        Assert.Contains("Soleimani", Text(timeline.Developments[1]), StringComparison.Ordinal);
        Assert.Contains("ministers", Text(timeline.Developments[2]), StringComparison.Ordinal);
        Assert.Contains("February 2021", Text(timeline.Developments[3]), StringComparison.Ordinal);
        Assert.Contains("from 500 to around 4,000 personnel", Text(timeline.Developments[4]), StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_reports_of_the_same_meeting_into_one_development()
    {
        var timeline = StoryTimeline.Build(Seeds);

        var meeting = Assert.Single(timeline.Developments, d => d.Date.Start.Year == 2020 && d.Date.Start.Month == 2);
        Assert.Equal(
            ["002_c6088c52ef4f7cd4.txt", "001_221372be1cbd30b8.txt", "000_885cdbf6f613627e.txt"],
            meeting.Sources.Select(s => s.Name));
    }

    [Fact]
    public void Attaches_an_undated_article_to_the_development_it_resembles()
    {
        var timeline = StoryTimeline.Build(Seeds);

        Assert.Empty(timeline.Unplaced);
        var home = Assert.Single(timeline.Developments, d => d.Sources.Any(s => s.Name.StartsWith("000_", StringComparison.Ordinal)));
        Assert.Equal("12 Feb 2020", home.Date.ToString());
    }

    [Fact]
    public void Keeps_an_undated_article_that_resembles_nothing_unplaced()
    {
        var undated = StoryFixtures.UnrelatedOne("tech") with { Published = null, Dates = [] };
        var story = new Story(0, [StoryFixtures.UnrelatedOne("football"), undated]);

        var timeline = StoryTimeline.Build(story);

        Assert.Equal(["tech_lumora_fold.txt"], timeline.Unplaced.Select(s => s.Name));
        Assert.DoesNotContain(timeline.Developments, d => d.Sources.Any(s => s.Name == "tech_lumora_fold.txt"));
    }

    [Fact]
    public void Dates_a_plan_by_when_it_was_announced_not_by_when_it_is_due()
    {
        var timeline = StoryTimeline.Build(Seeds);

        Assert.DoesNotContain(timeline.Developments, d => d.Date.Start >= new DateOnly(2021, 3, 1));
        var announcement = Assert.Single(timeline.Developments, d => Text(d).Contains("February 2021", StringComparison.Ordinal));
        Assert.Equal("23 Oct 2020", announcement.Date.ToString());
    }

    [Fact]
    public void Splits_a_sentence_that_tells_two_dated_events()
    {
        var timeline = StoryTimeline.Build(Seeds);

        var started = timeline.Developments[0].Sentences.Single();
        Assert.StartsWith("In 2018, NATO agreed to start a training mission in Iraq", started, StringComparison.Ordinal);
        Assert.DoesNotContain("suspended", started, StringComparison.Ordinal);
        Assert.Contains(
            "The NATO operations were suspended in January after a missile strike by the US resulted in the killing of Iran’s top general Qasem Soleimani near Baghdad airport.",
            timeline.Developments[1].Sentences);
    }

    [Fact]
    public void Prefers_sentences_that_are_not_only_quotations()
    {
        var timeline = StoryTimeline.Build(Seeds);

        var meeting = timeline.Developments[2];
        Assert.All(meeting.Sentences, s => Assert.False(s.StartsWith('“'), s));
    }

    [Fact]
    public void Drops_a_leading_dateline_from_a_sentence()
    {
        var timeline = StoryTimeline.Build(Seeds);

        Assert.Contains(timeline.Developments[2].Sentences, s => s.StartsWith("NATO defence ministers are expected", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_shows_one_sentence_in_two_developments()
    {
        var sentences = StoryTimeline.Build(Seeds).Developments.SelectMany(d => d.Sentences).ToList();

        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    }

    [Fact]
    public void Keeps_the_most_referred_to_dates_and_the_latest_news_when_bounded()
    {
        // By references alone the two dates would be Jan 2020 and 12 Feb 2020; the story's news is of 18 Feb 2021, the
        // day its latest articles report, so that takes the last place.
        var timeline = StoryTimeline.Build(Seeds, new TimelineOptions(MaxDevelopments: 2, MaxSentencesPerDevelopment: 1));

        Assert.Equal(["12 Feb 2020", "18 Feb 2021"], timeline.Developments.Select(d => d.Date.ToString()));
        Assert.All(timeline.Developments, d => Assert.Single(d.Sentences));
    }

    [Fact]
    public void Attaches_an_undated_article_to_the_development_on_the_weekday_it_names_rather_than_one_sharing_its_words()
    {
        var meeting = Dated("meeting.txt", new DateOnly(2020, 2, 12), "Wednesday", "Defence ministers met in Brussels on Wednesday and agreed to do more in the mission.");
        var expansion = Dated("expansion.txt", new DateOnly(2021, 2, 18), "Thursday", "The alliance decided on Thursday to expand the mission to 4,000 troops.");
        var undated = new ArticleSummary
        {
            Name = "undated.txt",
            ParserVersion = "test",
            Title = "Alliance to expand mission",
            Body = "The alliance decided to expand its mission.\n\nOn Wednesday, the secretary-general spoke at a meeting of defence ministers at the Brussels headquarters.",
            KeySentences = ["The alliance decided to expand its mission."],
        };

        var timeline = StoryTimeline.Build(new Story(0, [meeting, expansion, undated]));

        var home = Assert.Single(timeline.Developments, d => d.Sources.Any(s => s.Name == "undated.txt"));
        Assert.Equal("12 Feb 2020", home.Date.ToString());
    }

    [Fact]
    public void Takes_a_date_an_undated_article_says_is_still_to_come_for_no_event()
    {
        var sentence = "The matter will be discussed at the next meeting of defense ministers in February 2021.";
        var undated = new ArticleSummary
        {
            Name = "undated.txt",
            ParserVersion = "test",
            Title = "Alliance ready to expand mission",
            Body = sentence,
            KeySentences = [sentence],
            Dates = [new DateMention("February 2021", new DateOnly(2021, 2, 1), DatePrecision.Month, sentence)],
        };

        var timeline = StoryTimeline.Build(new Story(0, [undated]));

        Assert.Empty(timeline.Developments);
    }

    [Fact]
    public void Ranks_a_day_later_reports_keep_naming_above_the_day_with_the_most_articles()
    {
        // Three articles appeared on 5 March and one on 2 March, but three later reports refer back to 2 March.
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("references"), new TimelineOptions(MaxDevelopments: 1));

        Assert.Equal("2 Mar 2020", Assert.Single(timeline.Developments).Date.ToString());
    }

    [Fact]
    public void Ranks_a_day_two_reports_point_at_above_the_days_a_comment_thread_stamps()
    {
        // Repairs began on 4 March (one report appeared that day, a later one names it); a thread of eight comments names
        // 9 to 16 March, one of which another article appeared on, as the thread itself appeared on 16 March.
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("listing"), new TimelineOptions(MaxDevelopments: 2));

        Assert.Equal(["2 Mar 2020", "4 Mar 2020"], timeline.Developments.Select(d => d.Date.ToString()));
    }

    [Fact]
    public void Keeps_days_over_a_month_named_more_often_when_the_articles_support_days()
    {
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("references"), new TimelineOptions(MaxDevelopments: 2));

        Assert.Equal(["2 Mar 2020", "5 Mar 2020"], timeline.Developments.Select(d => d.Date.ToString()));
        Assert.All(timeline.Developments, d => Assert.Equal(DatePrecision.Day, d.Date.Precision));
    }

    [Fact]
    public void Takes_the_year_of_a_day_named_without_one_from_the_story_and_marks_it_inferred()
    {
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("yearless"));

        var signing = Assert.Single(timeline.Developments, d => d.Sources.Any(s => s.Name == "undated_plan.txt"));
        Assert.Equal("18 Feb 2020", signing.Date.ToString());
        Assert.True(signing.IsInferred);
        Assert.Contains(timeline.Developments, d => d.Date.ToString() == "12 Feb 2020" && !d.IsInferred);
        Assert.Equal("18 Feb 2020", timeline.InferredDates["undated_plan.txt"].ToString());
    }

    [Fact]
    public void Places_the_undated_seeds_at_the_meeting_they_report()
    {
        var parsed = SeedArticles.Names.Select(n => new ArticleParser().Parse(SeedArticles.Input(n))).ToList();

        var timeline = StoryTimeline.Build(new Story(0, parsed));

        Assert.Equal(
            ["000_885cdbf6f613627e.txt", "001_221372be1cbd30b8.txt"],
            parsed.Where(a => a.Published is null).Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["12 Feb 2020", "12 Feb 2020"], timeline.InferredDates.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value.ToString()));
    }

    [Fact]
    public void Shows_a_fact_two_sources_tell_in_nearly_the_same_words_once_citing_both()
    {
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("duplicates"), new TimelineOptions(MaxSentencesPerDevelopment: 3));

        var day = Assert.Single(timeline.Developments);
        Assert.Single(day.Sentences, s => s.StartsWith("BP said on Thursday", StringComparison.Ordinal));
        Assert.Contains(day.Sentences, s => s.StartsWith("Engineers will watch", StringComparison.Ordinal));
        Assert.Equal(["agency_one.txt", "agency_two.txt"], day.Sources.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keeps_only_the_developments_between_from_and_to()
    {
        var options = new TimelineOptions(From: new DateOnly(2020, 1, 1), To: new DateOnly(2020, 12, 31));

        var timeline = StoryTimeline.Build(Seeds, options);

        Assert.Equal(["Jan 2020", "12 Feb 2020", "23 Oct 2020"], timeline.Developments.Select(d => d.Date.ToString()));
    }

    [Fact]
    public void Fills_the_dates_asked_for_with_a_month_once_the_days_two_articles_support_run_out()
    {
        var timeline = StoryTimeline.Build(StoryFixtures.TimelineStory("references"), new TimelineOptions(MaxDevelopments: 3));

        Assert.Equal(["Jan 2020", "2 Mar 2020", "5 Mar 2020"], timeline.Developments.Select(d => d.Date.ToString()));
    }

    private static ArticleSummary Dated(string name, DateOnly day, string weekday, string sentence) => new()
    {
        Name = name,
        ParserVersion = "test",
        Title = sentence,
        Body = sentence,
        Published = new PublicationDate(day, DatePrecision.Day, PublicationDateSource.Metadata, "test", 1),
        KeySentences = [sentence],
        Dates = [new DateMention(weekday, day, DatePrecision.Day, sentence)],
    };

    private static string Text(Development development) => string.Join(" ", development.Sentences);
}
