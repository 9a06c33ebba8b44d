using Digest.Core.Stories;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Stories;

public class ArticleDatesTests
{
    [Fact]
    public void Places_an_article_known_to_the_year_midway_between_what_it_recounts_and_the_years_end()
    {
        var article = Article(
            new PublicationDate(new DateOnly(2020, 1, 1), DatePrecision.Year, PublicationDateSource.Inferred, "test", 0.3),
            new DateMention("January", new DateOnly(2020, 1, 1), DatePrecision.Month, "The general was killed in January."));

        var date = ArticleDates.PublishedOf(article);

        Assert.Equal("2020", date?.ToString());
        Assert.InRange(date!.Value.Position, new DateOnly(2020, 6, 1), new DateOnly(2020, 8, 1));
    }

    [Fact]
    public void Keeps_a_publication_date_known_to_the_day()
    {
        var published = new PublicationDate(new DateOnly(2021, 2, 19), DatePrecision.Day, PublicationDateSource.Dateline, "test", 0.95);

        Assert.Equal(new EventDate(new DateOnly(2021, 2, 19), DatePrecision.Day), ArticleDates.PublishedOf(Article(published)));
    }

    [Fact]
    public void Leaves_an_undated_article_undated()
    {
        Assert.Null(ArticleDates.PublishedOf(Article(null)));
    }

    private static ArticleSummary Article(PublicationDate? published, params DateMention[] dates) => new()
    {
        Name = "a.txt",
        ParserVersion = "test",
        Title = "A title",
        Body = string.Join(" ", dates.Select(d => d.Sentence)),
        Published = published,
        Dates = dates,
    };
}
