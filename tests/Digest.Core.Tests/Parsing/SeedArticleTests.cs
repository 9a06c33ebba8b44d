using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

/// <summary>What the five seed articles must come out as, asserted fact by fact.</summary>
public sealed class SeedArticleTests
{
    private const string Seed000 = "000_885cdbf6f613627e";
    private const string Seed001 = "001_221372be1cbd30b8";
    private const string Seed002 = "002_c6088c52ef4f7cd4";
    private const string Seed003 = "003_438cfef368783ca7";
    private const string Seed004 = "004_a2520b64ff1aecc6";

    private static readonly string[] ChromeLines =
    [
        "You are here", "Today: Monday, 27 May 2024 year", "Leave a Reply", "Your email address will not be published.",
        "70 users have voted, including you.", "Newsletter", "Get top stories and blog posts emailed to you each day.",
        "Advertisement", "Read: ", "Image:self", "PDF", "Reported by: Zaini Majeed", "Updated February 19th",
        "Published February 19th", "Credit: NATO", "By Mohammad Ghazal", "Photo courtesy of NATO", "To read more arab politics news",
    ];

    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Leaves_no_page_chrome_in_the_body(string seed)
    {
        var summary = SeedArticles.Parse(seed);

        Assert.Null(summary.Error);
        foreach (var chrome in ChromeLines)
        {
            Assert.DoesNotContain(chrome, summary.Body, StringComparison.Ordinal);
        }

        var paragraphs = summary.Body.Split("\n\n");
        Assert.DoesNotContain("up", paragraphs);
        Assert.DoesNotContain("AFP", paragraphs);
        Assert.DoesNotContain(summary.Title, paragraphs);
    }

    [Theory]
    [InlineData(Seed000, "NATO to expand mission in Iraq")]
    [InlineData(Seed001, "NATO countries to strengthen mission in Iraq")]
    [InlineData(Seed002, "NATO expected to step up support to Iraq- Stoltenberg")]
    [InlineData(Seed003, "NATO to expand Iraq mission from 500 to around 4,000 troops to fight 'terrorism'")]
    [InlineData(Seed004, "NATO strengthening its mission in Iraq, wants to consult on Afghanistan")]
    public void Reads_the_headline_as_title(string seed, string title)
    {
        Assert.Equal(title, SeedArticles.Parse(seed).Title);
    }

    [Fact]
    public void Dates_seed_002_by_its_byline()
    {
        var published = SeedArticles.Parse(Seed002).Published;

        Assert.Equal(new DateOnly(2020, 2, 12), published?.Date);
        Assert.Equal(PublicationDateSource.Dateline, published?.Source);
    }

    [Fact]
    public void Dates_seed_003_by_its_published_line()
    {
        var published = SeedArticles.Parse(Seed003).Published;

        Assert.Equal(new DateOnly(2021, 2, 19), published?.Date);
        Assert.StartsWith("Published", published?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_seed_000_no_publication_date_and_never_the_viewing_date()
    {
        var summary = SeedArticles.Parse(Seed000);

        Assert.Null(summary.Published);
        Assert.DoesNotContain(summary.Dates, d => d.Date == new DateOnly(2024, 5, 27));
    }

    [Fact]
    public void Dates_seed_004_to_2020_because_it_announces_a_meeting_in_February_2021()
    {
        var published = SeedArticles.Parse(Seed004).Published;

        Assert.Equal((2020, DatePrecision.Year, PublicationDateSource.Inferred), (published?.Date.Year, published?.Precision, published?.Source));
        Assert.Contains("February 2021", published?.Evidence, StringComparison.Ordinal);
        Assert.True(published?.Confidence < 0.5);
    }

    [Fact]
    public void Reads_seed_004s_january_as_january_2020()
    {
        var january = Assert.Single(SeedArticles.Parse(Seed004).Dates, d => d.Text == "January");

        Assert.Equal((new DateOnly(2020, 1, 1), DatePrecision.Month), (january.Date, january.Precision));
    }

    [Fact]
    public void Drops_the_teaser_for_another_story_from_seed_001()
    {
        Assert.DoesNotContain("emergency discussions", SeedArticles.Parse(Seed001).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_500_and_4000_personnel_in_seed_003()
    {
        var figures = SeedArticles.Parse(Seed003).Figures;

        Assert.Contains(figures, f => f.Value == 500 && f.Unit == "personnel");
        Assert.Contains(figures, f => f.Value == 4000 && f.Unit == "personnel" && f.Approximate && f.Text == "around 4,000 personnel");
    }

    [Fact]
    public void Takes_AFP_as_outlet_of_seed_004()
    {
        Assert.Equal("AFP", SeedArticles.Parse(Seed004).Outlet);
    }

    [Theory]
    [InlineData(Seed002, "Mohammad Ghazal")]
    [InlineData(Seed003, "Zaini Majeed")]
    public void Reads_the_byline(string seed, string byline)
    {
        Assert.Equal(byline, SeedArticles.Parse(seed).Byline);
    }

    [Theory]
    [MemberData(nameof(SeedGoldenTests.Seeds), MemberType = typeof(SeedGoldenTests))]
    public void Attributes_stoltenbergs_quotes_to_his_full_name(string seed)
    {
        var summary = SeedArticles.Parse(seed);

        Assert.Contains(summary.Quotes, q => q.Speaker == "Jens Stoltenberg");
        Assert.DoesNotContain(summary.Quotes, q => q.Speaker is "Stoltenberg" or "NATO Secretary-General");
        var stoltenberg = Assert.Single(summary.Entities, e => e.Name == "Jens Stoltenberg");
        Assert.Equal(EntityType.Person, stoltenberg.Type);
        Assert.DoesNotContain(summary.Entities, e => e.Name == "Stoltenberg");
    }

    [Fact]
    public void Merges_islamic_state_aliases_in_seed_000()
    {
        var group = Assert.Single(SeedArticles.Parse(Seed000).Entities, e => e.Name == "Islamic State");

        Assert.Equal(["Daesh", "ISIS"], group.Aliases);
    }

    [Fact]
    public void Reads_roles_in_seed_001()
    {
        var entities = SeedArticles.Parse(Seed001).Entities;

        Assert.Equal("NATO Secretary General", entities.Single(e => e.Name == "Jens Stoltenberg").Role);
        Assert.Equal("US President", entities.Single(e => e.Name == "Donald Trump").Role);
    }

    [Fact]
    public void Resolves_seed_003_dates_against_its_publication_date()
    {
        var dates = SeedArticles.Parse(Seed003).Dates;

        Assert.Contains(dates, d => d.Text == "Thursday" && d.Date == new DateOnly(2021, 2, 18));
        Assert.Contains(dates, d => d.Text == "the 1st of May" && d.Date == new DateOnly(2021, 5, 1));
    }

    [Fact]
    public void Resolves_seed_001_dates_against_its_inferred_publication_month()
    {
        var dates = SeedArticles.Parse(Seed001).Dates;

        Assert.Contains(dates, d => d.Text == "February 12" && d.Date == new DateOnly(2020, 2, 12) && d.Precision == DatePrecision.Day);
        Assert.Contains(dates, d => d.Text == "mid-January" && d.Date == new DateOnly(2020, 1, 1) && d.Precision == DatePrecision.Month);
    }
}
