using Digest.Core.Stories;
using Digest.Core.Stories.Figures;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

public class StoryFiguresTests
{
    private static readonly Story Seeds = new(0, StoryFixtures.Seeds());

    [Fact]
    public void Tracks_mission_personnel_from_about_500_to_about_4000()
    {
        var track = Assert.Single(StoryFigures.Track(Seeds));

        Assert.Equal("personnel", track.Counts);
        Assert.Equal("NATO training mission in Iraq, personnel", track.Label);
        Assert.Collection(
            track.Steps,
            s =>
            {
                Assert.Equal((500m, true, "2018", "23 Oct 2020"), (s.Value, s.Approximate, s.From.ToString(), s.To.ToString()));
                Assert.Equal(3, s.Sources.Count);
            },
            s => Assert.Equal((4000m, true, "18 Feb 2021"), (s.Value, s.Approximate, s.From.ToString())));
    }

    [Fact]
    public void Keeps_figures_about_another_subject_out_of_the_track()
    {
        var tracks = StoryFigures.Track(Seeds);

        Assert.DoesNotContain(tracks.SelectMany(t => t.Observations), o => o.Value == 12_000m);
    }

    [Fact]
    public void Does_not_take_the_starting_point_of_a_change_for_a_current_value()
    {
        var track = StoryFigures.Track(Seeds).Single();

        var prior = Assert.Single(track.Observations, o => o.Value == 500m && o.Source.Name.StartsWith("003_", StringComparison.Ordinal) && o.Date.ToString() == "18 Feb 2021");
        Assert.True(prior.IsPrior);
        Assert.Empty(track.Conflicts);
    }

    [Fact]
    public void Flags_sources_that_disagree_on_the_same_date()
    {
        var story = new Story(0, [Article("a.txt", 500), Article("b.txt", 650)]);

        var conflict = Assert.Single(StoryFigures.Track(story).Single().Conflicts);

        Assert.Equal("3 Mar 2021", conflict.Date.ToString());
        Assert.Equal([500m, 650m], conflict.Observations.Select(o => o.Value));
    }

    [Fact]
    public void Treats_values_within_rounding_as_agreeing()
    {
        var story = new Story(0, [Article("a.txt", 4000), Article("b.txt", 4100)]);

        var track = StoryFigures.Track(story).Single();

        Assert.Empty(track.Conflicts);
        Assert.Single(track.Steps);
    }

    [Fact]
    public void Takes_the_start_of_a_change_written_as_one_figure_for_no_value_at_the_changes_date()
    {
        var before = Article("before.txt", 500) with { Published = Day(2018, 6, 1) };
        const string change = "The alliance decided to expand the mission from 500 to around 4,000 troops.";
        var after = Article("after.txt", 500) with
        {
            Published = Day(2021, 2, 18),
            Figures =
            [
                new Figure(500, false, "troops", "the mission", "from 500 to around 4,000 troops", change, "troops"),
                new Figure(4000, true, "troops", "the mission", "around 4,000 troops", change, "troops"),
            ],
        };

        var track = StoryFigures.Track(new Story(0, [before, after])).Single();

        Assert.Collection(
            track.Steps,
            s => Assert.Equal((500m, "1 Jun 2018", "1 Jun 2018"), (s.Value, s.From.ToString(), s.To.ToString())),
            s => Assert.Equal((4000m, "18 Feb 2021"), (s.Value, s.From.ToString())));
        Assert.Contains(track.Observations, o => o.IsPrior && o.Value == 500m && o.Source.Name == "after.txt");
    }

    [Fact]
    public void Puts_a_figure_whose_subject_says_less_on_the_track_it_abbreviates()
    {
        var brief = Article("brief.txt", 500) with
        {
            Published = Day(2021, 3, 4),
            Figures = [new Figure(500, false, "members", "NATO", "500 NATO members", "There are 500 NATO members in the mission.", "members")],
        };
        var full = Article("full.txt", 500) with
        {
            Figures = [new Figure(500, false, "troops", "NATO training mission", "500 troops", "The NATO training mission has 500 troops.", "troops")],
        };

        var track = Assert.Single(StoryFigures.Track(new Story(0, [full, brief])));

        Assert.Equal(2, track.Observations.Count);
    }

    [Fact]
    public void Dates_an_undated_articles_figure_by_the_development_it_was_placed_with()
    {
        var dated = Article("dated.txt", 500);
        var undated = Article("undated.txt", 500) with { Published = null };
        var meeting = new EventDate(new DateOnly(2021, 3, 1), DatePrecision.Day);
        var timeline = new StoryTimeline([new Development(meeting, ["Ministers met."], [SourceRef.Of(undated)])], []);

        var track = StoryFigures.Track(new Story(0, [dated, undated]), timeline).Single();

        Assert.Contains(track.Observations, o => o.Source.Name == "undated.txt" && o.Date == meeting);
    }

    [Fact]
    public void Shows_a_figure_that_changes_as_one_quantity()
    {
        var track = Assert.Single(StoryReport.Build(Series("steady", null, 500, 500, 1_000, 4_000)).Figures);

        Assert.Equal([500m, 1_000m, 4_000m], track.Steps.Select(s => s.Value));
    }

    [Fact]
    public void Leaves_out_a_figure_that_names_nothing_it_counts()
    {
        Assert.Empty(StoryReport.Build(Series("unnamed", "percent", 10, 20, 30)).Figures);
    }

    [Fact]
    public void Leaves_out_a_figure_that_turns_back_at_most_changes_as_several_quantities_under_one_name_do()
    {
        Assert.Empty(StoryReport.Build(Series("erratic", null, 100, 150, 120, 180, 130, 190)).Figures);
    }

    [Fact]
    public void Leaves_out_a_figure_that_changes_mostly_within_one_day_as_counts_side_by_side_do()
    {
        Assert.Empty(StoryReport.Build(Series("side-by-side", null, oneDay: true, 12_000, 17_410, 21_940, 25_000)).Figures);
    }

    [Fact]
    public void Leaves_out_a_figure_that_leaps_tenfold_between_reports_as_two_quantities_under_one_name_do()
    {
        Assert.Empty(StoryReport.Build(Series("leap", null, 11, 15, 407)).Figures);
    }

    [Fact]
    public void Shows_a_figure_that_grows_less_than_tenfold_at_each_report()
    {
        Assert.Equal(3, Assert.Single(StoryReport.Build(Series("growth", null, 500, 4_000, 30_000)).Figures).Steps.Count);
    }

    [Fact]
    public void Shows_the_quantities_of_a_story_a_reader_can_follow_under_labels_of_whole_words()
    {
        var tracks = StoryReport.Build(new Story(0, StoryFixtures.Figures())).Figures;

        Assert.Equal(
            ["Olympic-sized swimming pools", "barrels of oil", "barrels of oil a day"],
            tracks.Select(t => t.Label).Order(StringComparer.Ordinal));
        Assert.Equal([5_000m, 12_000m, 25_000m, 35_000m], tracks.Single(t => t.Label == "barrels of oil a day").Steps.Select(s => s.Value));
        Assert.Equal([2_000_000m, 3_000_000m, 4_000_000m], tracks.Single(t => t.Label == "barrels of oil").Steps.Select(s => s.Value));
        Assert.Equal([135m, 190m, 260m], tracks.Single(t => t.Label == "Olympic-sized swimming pools").Steps.Select(s => s.Value));
    }

    [Fact]
    public void Tracks_no_sum_or_unit_that_does_not_say_what_it_is()
    {
        var tracks = StoryFigures.Track(new Story(0, StoryFixtures.Figures()));

        // "$15 million for", "$400 million from", "11 miles from", "15 percent" name nothing; the fund is one value, no change.
        Assert.Equal(
            ["Olympic-sized swimming pools", "barrels of oil", "barrels of oil a day", "compensation fund ($)"],
            tracks.Select(t => t.Label).Order(StringComparer.Ordinal));
        Assert.False(StoryFigures.CanBeFollowed(tracks.Single(t => t.Counts == "compensation fund ($)")));
    }

    [Fact]
    public void Leaves_out_a_value_held_years_before_the_story_as_history_it_is_compared_with()
    {
        var track = StoryFigures.Track(new Story(0, StoryFixtures.Figures())).Single(t => t.Label == "barrels of oil a day");

        Assert.DoesNotContain(track.Observations, o => o.Value == 30_000m);
    }

    [Fact]
    public void Reads_a_subject_written_just_before_what_it_counts_as_one_phrase()
    {
        var story = new Story(0, [Counted("a.txt", 1, 1_000, "US", "troops", "About 1,000 US troops landed."), Counted("b.txt", 2, 3_500, "US", "troops", "Now 3,500 US troops are there.")]);

        Assert.Equal("US troops", Assert.Single(StoryFigures.Track(story)).Label);
    }

    [Fact]
    public void Names_no_subject_that_only_a_few_of_a_tracks_reports_give()
    {
        var story = new Story(0,
        [
            Counted("a.txt", 1, 20, null, "people killed", "The blast left 20 people killed."),
            Counted("b.txt", 2, 35, null, "people killed", "By now 35 people killed are counted."),
            Counted("c.txt", 3, 50, "UK", "people killed", "Among them 50 UK people killed abroad."),
        ]);

        var track = Assert.Single(StoryFigures.Track(story));

        Assert.Null(track.Subject);
        Assert.Equal("people killed", track.Label);
    }

    [Fact]
    public void Keeps_people_killed_apart_from_people_and_troops()
    {
        var story = new Story(0,
        [
            Counted("a.txt", 1, 20, null, "people killed", "The blast left 20 people killed."),
            Counted("b.txt", 2, 35, null, "people killed", "By now 35 people killed are counted."),
            Counted("c.txt", 3, 9_000, null, "people", "The town has 9,000 people."),
            Counted("d.txt", 4, 9_100, null, "people", "The town has 9,100 people."),
            Counted("e.txt", 5, 500, null, "troops", "There are 500 troops."),
            Counted("f.txt", 6, 800, null, "troops", "There are 800 troops."),
        ]);

        Assert.Equal(["people", "people killed", "troops"], StoryFigures.Track(story).Select(t => t.Label).Order(StringComparer.Ordinal));
    }

    private static ArticleSummary Counted(string name, int day, decimal value, string? subject, string counts, string sentence) => new()
    {
        Name = name,
        ParserVersion = "test",
        Title = "Count changes",
        Body = sentence,
        Published = Day(2021, 3, day),
        Figures = [new Figure(value, false, counts.Split(' ')[0], subject, $"{value} {counts}", sentence, counts)],
    };

    private static Story Series(string name, string? bareUnit, params decimal[] values) => Series(name, bareUnit, oneDay: false, values);

    /// <summary>
    /// One article a day (or all on one day), each giving the next value of "the mission"'s troops, or, given
    /// <paramref name="bareUnit"/>, of that unit of nothing named and no one's.
    /// </summary>
    private static Story Series(string name, string? bareUnit, bool oneDay, params decimal[] values) =>
        new(0, [.. values.Select((value, i) =>
        {
            var unit = bareUnit ?? "troops";
            var sentence = $"The count now stands at {value} {unit}.";
            return new ArticleSummary
            {
                Name = $"{name}-{i}.txt",
                ParserVersion = "test",
                Title = "Count changes",
                Body = sentence,
                Published = Day(2021, 3, oneDay ? 1 : 1 + i),
                Figures = [new Figure(value, false, unit, bareUnit is null ? "the mission" : null, $"{value} {unit}", sentence, bareUnit is null ? unit : null)],
            };
        })]);

    private static PublicationDate Day(int year, int month, int day) =>
        new(new DateOnly(year, month, day), DatePrecision.Day, PublicationDateSource.Metadata, "test", 1);

    private static ArticleSummary Article(string name, decimal value)
    {
        var sentence = $"The mission now has {value} troops.";
        return new ArticleSummary
        {
            Name = name,
            ParserVersion = "test",
            Title = "Mission grows",
            Body = sentence,
            Published = new PublicationDate(new DateOnly(2021, 3, 3), DatePrecision.Day, PublicationDateSource.Metadata, "test", 1),
            Figures = [new Figure(value, false, "troops", "the mission", $"{value} troops", sentence, "troops")],
        };
    }
}
