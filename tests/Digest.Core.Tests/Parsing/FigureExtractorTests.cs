using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string body) => FigureExtractor.Extract(SentenceSplitter.SplitBody(body));

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
