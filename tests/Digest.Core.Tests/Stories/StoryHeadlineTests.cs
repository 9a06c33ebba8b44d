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
}
