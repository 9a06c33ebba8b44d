using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class PublicationDateResolverTests
{
    private static PublicationDate? Resolve(string text, ArticleMetadata? metadata = null, DateOnly? collectedOn = null)
    {
        var layout = PageChromeFilter.Filter(text);
        return PublicationDateResolver.Resolve(metadata ?? ArticleMetadata.None, layout.Datelines, string.Join("\n\n", layout.Paragraphs), collectedOn).Date;
    }

    [Fact]
    public void Rejects_today_date_as_publication()
    {
        Assert.Null(Resolve(SeedArticles.TestFile("today-line-only.txt")));
        Assert.Null(SeedArticles.Parse("000_885cdbf6f613627e").Published);
    }

    [Fact]
    public void Metadata_publication_date_wins_over_the_text()
    {
        var published = Resolve(SeedArticles.TestFile("chrome-around-story.txt"), new ArticleMetadata(Published: "2021-03-02T22:00:00Z"));

        Assert.Equal(new DateOnly(2021, 3, 2), published?.Date);
        Assert.Equal(PublicationDateSource.Metadata, published?.Source);
        Assert.Equal(1.0, published?.Confidence);
    }

    [Fact]
    public void Prefers_published_line_over_updated_line()
    {
        var published = Resolve("Updated March 4th, 2021 at 10:15 CET\n\nA headline for the test\n\nBody text.\n\nPublished March 3rd, 2021 at 09:40 CET");

        Assert.Equal(new DateOnly(2021, 3, 3), published?.Date);
        Assert.Equal(PublicationDateSource.Dateline, published?.Source);
        Assert.StartsWith("Published", published?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_date_in_a_byline()
    {
        var published = Resolve("A headline for the test\n\nBy Mohammad Ghazal - Feb 12,2020 - Last updated at Feb 12,2020\n\nBody text.");

        Assert.Equal(new DateOnly(2020, 2, 12), published?.Date);
        Assert.Equal(DatePrecision.Day, published?.Precision);
    }

    [Fact]
    public void Reads_the_date_in_the_url_when_the_text_has_none()
    {
        var published = Resolve("A headline for the test\n\nBody text.", new ArticleMetadata(Url: "https://example.org/2020/02/12/story"));

        Assert.Equal(new DateOnly(2020, 2, 12), published?.Date);
        Assert.Equal(PublicationDateSource.Url, published?.Source);
    }

    [Fact]
    public void Infers_the_year_of_a_weekday_date_from_the_collection_date()
    {
        var summary = SeedArticles.Parse("001_221372be1cbd30b8", new ArticleParserOptions(CollectedOn: new DateOnly(2024, 5, 27)));

        Assert.Equal(new DateOnly(2020, 2, 1), summary.Published?.Date);
        Assert.Equal(DatePrecision.Month, summary.Published?.Precision);
        Assert.Equal(PublicationDateSource.Inferred, summary.Published?.Source);
        Assert.Contains("Friday February 14", summary.Published?.Evidence, StringComparison.Ordinal);
        Assert.True(summary.Published?.Confidence < 0.9);
    }

    [Fact]
    public void Infers_the_year_from_years_the_text_names_when_no_collection_date()
    {
        var published = Resolve("A headline for the test\n\nThe plan was agreed in 2018. Ministers meet again on Friday February 14 to review it.");

        Assert.Equal(new DateOnly(2020, 2, 1), published?.Date);
        Assert.Equal(PublicationDateSource.Inferred, published?.Source);
    }

    [Fact]
    public void Leaves_a_weekday_date_unresolved_when_nothing_anchors_the_year()
    {
        var summary = SeedArticles.Parse("001_221372be1cbd30b8", ArticleParserOptions.Default);

        Assert.Null(summary.Published);
        Assert.Contains(summary.Warnings, w => w.Contains("2020", StringComparison.Ordinal) && w.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_a_today_line_as_upper_bound_for_inference()
    {
        var published = Resolve("Today: Monday, 27 May 2024 year\n\nA headline for the test\n\nMinisters meet on Friday February 14 to review the plan.");

        Assert.Equal(new DateOnly(2020, 2, 1), published?.Date);
    }

    [Fact]
    public void Dates_an_article_to_the_year_before_an_event_it_says_is_still_to_come()
    {
        var published = Resolve("A headline for the test\n\nThe matter will be discussed at the next meeting of ministers in February 2021.");

        Assert.Equal((new DateOnly(2020, 1, 1), DatePrecision.Year), (published?.Date, published?.Precision));
        Assert.Equal(PublicationDateSource.Inferred, published?.Source);
        Assert.True(published?.Confidence < 0.5);
    }

    [Fact]
    public void Bounds_an_article_before_a_coming_event_by_the_years_it_recounts()
    {
        var published = Resolve("A headline for the test\n\nThe mission started in 2021. Ministers will meet again in November 2021.");

        Assert.Equal(2021, published?.Date.Year);
    }

    [Fact]
    public void Takes_no_date_from_a_month_the_text_only_recounts()
    {
        Assert.Null(Resolve("A headline for the test\n\nMinisters met in February 2021 and agreed the plan."));
    }
}
