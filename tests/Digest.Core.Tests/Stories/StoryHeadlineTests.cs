using Digest.Core.Stories;

namespace Digest.Core.Tests.Stories;

public class StoryHeadlineTests
{
    [Fact]
    public void Passes_over_an_article_whose_title_is_only_its_file_name()
    {
        var latest = StoryFixtures.Seed("003");
        var untitled = latest with { Title = latest.Name };
        var story = new Story(0, [.. StoryFixtures.Seeds().Where(s => s.Name != latest.Name), untitled]);

        Assert.Equal(StoryFixtures.Seed("004").Title, story.Headline);
    }

    [Fact]
    public void Gives_an_article_without_a_headline_no_title_rather_than_a_body_sentence_or_its_name()
    {
        var seed = StoryFixtures.Seed("003");

        Assert.Equal("", SourceRef.Of(seed with { Title = seed.Name }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "Insurers have a similar rule and are also major holders of sovereign debt ." }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "Finan_washingtonpost__2009-02-24_1714.txt" }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "`` This is the first report we have of it in H1N1 . ''" }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "He said the well was \u201Cunder control.\u201D" }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "Excerpts follow : Have you met people who were affected by the spill , then ?" }).Title);
        Assert.Equal("", SourceRef.Of(seed with { Title = "The oil spill papers: a case study in management failure Who needs business school when you have the commission?" }).Title);
    }

    [Theory]
    [InlineData("NATO to expand Iraq mission from 500 to around 4,000 troops")]
    [InlineData("Why did the oil well fail?")]
    [InlineData("Obama signs bill in Washington, D.C.")]
    [InlineData("Gaddafi killed as Sirte falls...")]
    [InlineData("Jackson 'addicted to Demerol'")]
    [InlineData("Pourquoi l'OTAN s'étend-elle ?")]
    [InlineData("How The West Was Won at the box office")]
    [InlineData("Ministers meet in May to widen the mission")]
    [InlineData("Oscar for actor Will Smith after a long wait")]
    [InlineData("Merkel trifft Macron in Paris und Sie reden lange")]
    public void Takes_a_title_that_reads_as_a_headline(string title)
    {
        var seed = StoryFixtures.Seed("003");

        Assert.Equal(title, SourceRef.Of(seed with { Title = title }).Title);
    }

    [Fact]
    public void Names_a_story_without_any_headline_from_its_place_and_the_entities_it_names_most()
    {
        var seeds = StoryFixtures.Seeds().Select(s => s with { Title = s.Name }).ToList();

        var headline = new Story(0, seeds).Headline;

        Assert.StartsWith("Iraq: ", headline, StringComparison.Ordinal);
        Assert.Contains("NATO", headline, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_over_a_line_that_pages_of_several_days_share_as_their_title()
    {
        var seeds = StoryFixtures.Seeds();
        var sidebar = "2 men charged in death of Chicago teen";
        var withSidebar = seeds.Select((s, i) => i < 3 ? s with { Title = sidebar } : s).ToList();

        Assert.NotEqual(sidebar, new Story(0, withSidebar).Headline);
    }

    [Fact]
    public void Heads_a_long_story_with_a_recent_title_in_its_own_words_rather_than_the_last_side_piece()
    {
        var spill = StoryFixtures.MultiStory().Where(a => StoryFixtures.TrueStoryOf(a) == "spill").ToList();
        var last = spill[^1];
        var sidePiece = last with
        {
            Name = "spill-09.txt",
            Title = "Shellfish beds reopen near Grand Isle after tests",
            Published = last.Published! with { Date = last.Published.Date.AddDays(1) },
        };

        var story = new Story(0, [.. spill, sidePiece]);

        Assert.Equal(last.Title, story.Headline);
    }
}
