using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class DateMentionResolverTests
{
    private static readonly PublicationDate Friday19February2021 =
        new(new DateOnly(2021, 2, 19), DatePrecision.Day, PublicationDateSource.Dateline, "Published February 19th, 2021", 0.95);

    private static IReadOnlyList<DateMention> Resolve(string body, PublicationDate? published) =>
        DateMentionResolver.Resolve(SentenceSplitter.SplitBody(body), published);

    [Fact]
    public void Resolves_a_past_weekday_to_the_day_before_publication()
    {
        var mention = Assert.Single(Resolve("Stoltenberg said on Thursday that the mission would grow.", Friday19February2021));

        Assert.Equal("Thursday", mention.Text);
        Assert.Equal(new DateOnly(2021, 2, 18), mention.Date);
        Assert.Equal(DatePrecision.Day, mention.Precision);
    }

    [Fact]
    public void Resolves_a_future_weekday_forward()
    {
        var mention = Assert.Single(Resolve("Ministers will meet again on Tuesday.", Friday19February2021));

        Assert.Equal(new DateOnly(2021, 2, 23), mention.Date);
    }

    [Fact]
    public void Resolves_an_ordinal_day_of_a_month_to_the_nearest_year()
    {
        var mention = Assert.Single(Resolve("We have a date — the 1st of May — approaching.", Friday19February2021));

        Assert.Equal("the 1st of May", mention.Text);
        Assert.Equal(new DateOnly(2021, 5, 1), mention.Date);
    }

    [Fact]
    public void Resolves_part_of_a_month_to_month_precision()
    {
        var mention = Assert.Single(Resolve("The mission was suspended in mid-January.", Friday19February2021));

        Assert.Equal("mid-January", mention.Text);
        Assert.Equal(new DateOnly(2021, 1, 1), mention.Date);
        Assert.Equal(DatePrecision.Month, mention.Precision);
    }

    [Fact]
    public void Reads_years_and_months_with_years_without_a_publication_date()
    {
        var mentions = Resolve("In 2018, NATO agreed to start a mission. It will be discussed in February 2021.", null);

        Assert.Equal(
            [("2018", new DateOnly(2018, 1, 1), DatePrecision.Year), ("February 2021", new DateOnly(2021, 2, 1), DatePrecision.Month)],
            mentions.Select(m => (m.Text, m.Date, m.Precision)));
    }

    [Fact]
    public void Skips_relative_dates_when_nothing_anchors_them()
    {
        Assert.Empty(Resolve("The strike happened in January. Ministers met on Thursday.", null));
    }

    [Fact]
    public void Anchors_relative_dates_on_full_dates_in_the_text_when_no_publication_date()
    {
        var mentions = Resolve("The meeting on February 12, 2020 was short. It followed a strike in January.", null);

        Assert.Equal([new DateOnly(2020, 2, 12), new DateOnly(2020, 1, 1)], mentions.Select(m => m.Date));
    }

    [Fact]
    public void Keeps_the_sentence_of_each_mention()
    {
        var mention = Assert.Single(Resolve("Talks begin. Ministers met on February 12.", Friday19February2021));

        Assert.Equal("Ministers met on February 12.", mention.Sentence);
        Assert.Equal(new DateOnly(2021, 2, 12), mention.Date);
    }

    [Fact]
    public void Places_a_month_without_a_year_in_the_year_an_article_is_known_to_be_from()
    {
        var year2020 = new PublicationDate(new DateOnly(2020, 1, 1), DatePrecision.Year, PublicationDateSource.Inferred, "test", 0.3);

        var mention = Assert.Single(Resolve("The general was killed in January, which led to the suspension.", year2020));

        Assert.Equal((new DateOnly(2020, 1, 1), DatePrecision.Month), (mention.Date, mention.Precision));
    }
}
