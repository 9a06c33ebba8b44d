using Digest.Core.Parsing.Html;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing.Html;

public sealed class HtmlPublicationDateFinderTests
{
    private readonly HtmlArticleExtractor _extractor = new();

    [Fact]
    public void Takes_the_json_ld_publication_date()
    {
        var published = _extractor.Extract(HtmlPages.Bytes("jsonld-article.html"), null).Published;

        Assert.Equal(new DateOnly(2023, 6, 14), published?.Date);
        Assert.Equal(PublicationDateSource.Html, published?.Source);
        Assert.Contains("datePublished", published?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_the_calendar_day_in_the_url_to_a_utc_timestamp_a_day_off()
    {
        var published = _extractor.Extract(HtmlPages.Bytes("utc-timestamp.html"), "https://news.example.com/2023/11/08/mayor-elected/").Published;

        Assert.Equal(new DateOnly(2023, 11, 8), published?.Date);
        Assert.Equal(PublicationDateSource.Url, published?.Source);
    }

    [Fact]
    public void A_later_revision_shown_under_the_headline_wins_over_markup()
    {
        var published = _extractor.Extract(HtmlPages.Bytes("revised-dateline.html"), null).Published;

        Assert.Equal(new DateOnly(2021, 3, 10), published?.Date);
        Assert.Equal("Stand: 10.03.2021", published?.Evidence);
    }

    [Fact]
    public void A_date_shown_years_away_from_the_markup_is_another_story()
    {
        var published = _extractor.Extract(HtmlPages.Bytes("unrelated-shown-date.html"), null).Published;

        Assert.Equal(new DateOnly(2019, 10, 1), published?.Date);
    }

    [Fact]
    public void Metadata_wins_over_everything_the_page_says()
    {
        var summary = new Digest.Core.Parsing.ArticleParser().Parse(
            new ArticleInput("jsonld-article.html", HtmlPages.Bytes("jsonld-article.html"), new ArticleMetadata(Published: "2023-06-20")));

        Assert.Equal(new DateOnly(2023, 6, 20), summary.Published?.Date);
        Assert.Equal(PublicationDateSource.Metadata, summary.Published?.Source);
    }
}
