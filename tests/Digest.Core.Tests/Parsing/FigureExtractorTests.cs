using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class FigureExtractorTests
{
    private const string NothingCounted = "-";

    /// <summary>The cases of TestFiles/Parsing/counted-things.tsv: a sentence and what its first figure counts; a failure names the line.</summary>
    public static TheoryData<int, string, string> CountedThings
    {
        get
        {
            var cases = new TheoryData<int, string, string>();
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Parsing", "counted-things.tsv"));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#'))
                {
                    continue;
                }

                var columns = lines[i].Split('\t');
                if (columns.Length != 2)
                {
                    throw new InvalidDataException($"counted-things.tsv line {i + 1}: expected a sentence and what it counts (or {NothingCounted}), tab-separated.");
                }

                cases.Add(i + 1, columns[0], columns[1]);
            }

            return cases;
        }
    }

    private static IReadOnlyList<Figure> Extract(string body) => FigureExtractor.Extract(SentenceSplitter.SplitBody(body));

    [Theory]
    [MemberData(nameof(CountedThings))]
    public void Reads_what_a_number_counts_in_whole_words_or_nothing(int line, string sentence, string expected)
    {
        var figures = Extract(sentence);

        Assert.True(figures.Count > 0, $"counted-things.tsv line {line}: no figure in \"{sentence}\".");
        var actual = figures[0].Counts ?? NothingCounted;
        Assert.True(expected == actual, $"counted-things.tsv line {line}: \"{sentence}\" counts \"{actual}\", expected \"{expected}\".");
    }

    [Fact]
    public void Reads_what_a_number_counts_only_in_english()
    {
        var body = "Die Tiere verloren durchschnittlich 15 Prozent ihres Gewichts.";

        Assert.Null(Assert.Single(FigureExtractor.Extract(SentenceSplitter.SplitBody(body), "de")).Counts);
        Assert.Equal("workers killed", Assert.Single(FigureExtractor.Extract(SentenceSplitter.SplitBody("The blast left 11 workers killed."), "en-GB")).Counts);
    }

    [Fact]
    public void Takes_four_digits_opening_a_sentence_that_read_as_a_clock_time_for_a_time_stamp()
    {
        Assert.Empty(Extract("1504 International aid agencies pledge help for the victims."));
        Assert.Single(Extract("Aid agencies pledged help to 1504 families."));
    }

    [Fact]
    public void Takes_no_mission_for_the_end_of_another_word()
    {
        var figure = Assert.Single(Extract("The commission will hire 40 staff."));

        Assert.Null(figure.Subject);
    }

    [Fact]
    public void Reads_a_range_as_two_figures_sharing_the_unit()
    {
        var figures = Extract("The alliance decided to expand a NATO training mission in Iraq from 500 to around 4,000 personnel.");

        Assert.Equal([500m, 4000m], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("personnel", f.Unit));
        Assert.False(figures[0].Approximate);
        Assert.True(figures[1].Approximate);
        Assert.Equal("around 4,000 personnel", figures[1].Text);
        Assert.Equal("NATO training mission in Iraq", figures[1].Subject);
    }

    [Fact]
    public void Reads_a_unit_of_two_nouns()
    {
        var figure = Assert.Single(Extract("About 500 advisers and instructors from alliance countries take part in the mission."));

        Assert.Equal(500m, figure.Value);
        Assert.True(figure.Approximate);
        Assert.Equal("advisers and instructors", figure.Unit);
    }

    [Fact]
    public void Takes_a_capitalised_owner_between_number_and_noun_as_subject()
    {
        var figure = Assert.Single(Extract("There are currently 500 NATO members in Iraq."));

        Assert.Equal("members", figure.Unit);
        Assert.Equal("NATO", figure.Subject);
    }

    [Fact]
    public void Ignores_years_dates_times_ordinals_and_codes()
    {
        var figures = SeedArticles.ParseTestFile("figures.txt").Figures;

        Assert.Equal(
            [(500m, "personnel"), (4000m, "personnel"), (500m, "advisers and instructors"), (12000m, "personnel")],
            figures.Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void Prefers_the_narrators_wording_over_a_quotations_for_a_repeated_figure()
    {
        var figures = Extract("“We will grow to around 4000 personnel,” he said. The mission will grow to around 4,000 personnel.");

        Assert.Equal("around 4,000 personnel", Assert.Single(figures).Text);
    }
}
