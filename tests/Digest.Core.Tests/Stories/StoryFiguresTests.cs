using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

public class StoryFiguresTests
{
    private static readonly Story Seeds = new(0, StoryFixtures.Seeds());

    [Fact]
    public void Tracks_mission_personnel_from_about_500_to_about_4000()
    {
        var track = Assert.Single(StoryFigures.Track(Seeds));

        Assert.Equal("personnel", track.Unit);
        Assert.Contains("Iraq", track.Subject, StringComparison.Ordinal);
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
                new Figure(500, false, "troops", "the mission", "from 500 to around 4,000 troops", change),
                new Figure(4000, true, "troops", "the mission", "around 4,000 troops", change),
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
            Figures = [new Figure(500, false, "members", "NATO", "500 NATO members", "There are 500 NATO members in the mission.")],
        };
        var full = Article("full.txt", 500) with
        {
            Figures = [new Figure(500, false, "troops", "NATO training mission", "500 troops", "The NATO training mission has 500 troops.")],
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
    public void Leaves_out_a_figure_that_names_no_subject()
    {
        Assert.Empty(StoryReport.Build(Series("unnamed", "percent", 10, 20, 30)).Figures);
    }

    [Fact]
    public void Leaves_out_a_figure_that_turns_back_at_most_changes_as_several_quantities_under_one_name_do()
    {
        Assert.Empty(StoryReport.Build(Series("erratic", null, 4_900_000, 10, 630_000, 10, 200_000)).Figures);
    }

    [Fact]
    public void Leaves_out_a_figure_that_changes_mostly_within_one_day_as_counts_side_by_side_do()
    {
        Assert.Empty(StoryReport.Build(Series("side-by-side", null, oneDay: true, 229, 8_000, 17_410, 21_940)).Figures);
    }

    private static Story Series(string name, string? unitAsSubject, params decimal[] values) => Series(name, unitAsSubject, oneDay: false, values);

    /// <summary>
    /// One article a day (or all on one day), each giving the next value; the subject is "the mission" unless
    /// <paramref name="unitAsSubject"/> is given.
    /// </summary>
    private static Story Series(string name, string? unitAsSubject, bool oneDay, params decimal[] values) =>
        new(0, [.. values.Select((value, i) =>
        {
            var unit = unitAsSubject ?? "troops";
            var sentence = $"The count now stands at {value} {unit}.";
            return new ArticleSummary
            {
                Name = $"{name}-{i}.txt",
                ParserVersion = "test",
                Title = "Count changes",
                Body = sentence,
                Published = Day(2021, 3, oneDay ? 1 : 1 + i),
                Figures = [new Figure(value, false, unit, unitAsSubject is null ? "the mission" : null, $"{value} {unit}", sentence)],
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
            Figures = [new Figure(value, false, "troops", "the mission", $"{value} troops", sentence)],
        };
    }
}
