using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;
using Digest.Core.Tests.Parsing;

namespace Digest.Core.Tests.Rendering;

/// <summary>
/// The seed digest as production builds it: the real parser, without a collection date, over the seed articles,
/// rather than hand-written fixture summaries.
/// </summary>
public class RealSeedDigestTests
{
    private static readonly IReadOnlyList<ArticleSummary> Summaries =
        SeedArticles.Names.Select(n => new ArticleParser().Parse(SeedArticles.Input(n))).ToList();

    private static readonly StoryReport Report = StoryReport.Build(new Story(0, Summaries));

    private static IReadOnlyList<Development> Developments => Report.Timeline.Developments;

    [Fact]
    public void Renders_the_real_seed_digest_text_as_reviewed()
    {
        GoldenFile.Verify("seeds.real.digest.txt", new DigestComposer().Compose(Summaries, DigestFixtures.Weekly).Text);
    }

    [Fact]
    public void Renders_the_real_seed_digest_html_as_reviewed()
    {
        GoldenFile.Verify("seeds.real.digest.html", new DigestComposer().Compose(Summaries, DigestFixtures.Weekly).Html);
    }

    [Fact]
    public void Groups_all_seeds_into_one_story()
    {
        var model = StoredJson.Deserialize<DigestModel>(new DigestComposer().Compose(Summaries, DigestFixtures.Weekly).Json)!;

        Assert.Single(model.Stories);
    }

    [Fact]
    public void Orders_developments_by_date()
    {
        Assert.Equal(Developments.OrderBy(d => d.Date).Select(d => d.Date), Developments.Select(d => d.Date));
        Assert.Equal("2018", Developments[0].Date.ToString());
        Assert.Contains("500", Developments[0].Sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Tells_the_suspension_after_soleimanis_killing_in_january_2020()
    {
        var suspension = Assert.Single(Developments, d => d.Date.ToString() == "Jan 2020");

        Assert.Contains(suspension.Sentences, s => s.Contains("Soleimani", StringComparison.Ordinal));
    }

    [Fact]
    public void Cites_every_report_of_the_february_2020_ministers_meeting_in_one_development()
    {
        var meeting = Assert.Single(Developments, d => d.Date.ToString() == "12 Feb 2020");

        Assert.Equal(["000", "001", "002"], meeting.Sources.Select(s => s.Name[..3]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Places_the_undated_readiness_report_between_the_two_meetings()
    {
        var readiness = Assert.Single(Developments, d => d.Sources.Any(s => s.Name.StartsWith("004", StringComparison.Ordinal)) && d.Date.ToString() != "Jan 2020");

        Assert.True(readiness.Date > Developments.Single(d => d.Date.ToString() == "12 Feb 2020").Date);
        Assert.True(readiness.Date < Developments.Single(d => d.Date.ToString() == "18 Feb 2021").Date);
        Assert.Contains(readiness.Sentences, s => s.Contains("February 2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Tells_the_expansion_to_4000_on_18_february_2021()
    {
        var expansion = Developments[^1];

        Assert.Equal("18 Feb 2021", expansion.Date.ToString());
        Assert.Equal(["003"], expansion.Sources.Select(s => s.Name[..3]));
        Assert.Contains(expansion.Sentences, s => s.Contains("from 500 to around 4,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Tracks_mission_personnel_from_500_until_2020_to_4000_in_february_2021()
    {
        var track = Assert.Single(Report.Figures);

        Assert.Collection(
            track.Steps,
            s => Assert.Equal((500m, "2018", "2020"), (s.Value, s.From.ToString(), s.To.ToString())),
            s => Assert.Equal((4000m, "18 Feb 2021"), (s.Value, s.From.ToString())));
    }

    [Fact]
    public void Shows_one_to_three_sentences_per_development()
    {
        Assert.All(Developments, d => Assert.InRange(d.Sentences.Count, 1, 3));
    }
}
