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
    public void Cites_an_article_without_a_title_by_its_first_key_sentence()
    {
        var seed = StoryFixtures.Seed("003");

        var source = SourceRef.Of(seed with { Title = seed.Name });

        Assert.Equal(seed.KeySentences[0], source.Title);
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
