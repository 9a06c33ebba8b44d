using Digest.Core.Stories;
using Digest.Core.Stories.Quotes;

namespace Digest.Core.Tests.Stories;

public class StoryQuotesTests
{
    private static readonly Story Seeds = new(0, StoryFixtures.Seeds());

    [Fact]
    public void Groups_quotes_under_the_full_name_of_their_speaker()
    {
        var speakers = StoryQuotes.Group(Seeds, maxSpeakers: 10, maxQuotesPerSpeaker: 50);

        Assert.DoesNotContain(speakers, s => s.Speaker == "Stoltenberg");
        var stoltenberg = Assert.Single(speakers, s => s.Speaker == "Jens Stoltenberg");
        Assert.Contains(stoltenberg.Quotes, q => q.Text == "a dilemma will arise in the coming months.");
        Assert.Equal("Jens Stoltenberg", speakers[0].Speaker);
    }

    [Fact]
    public void Orders_each_speakers_quotes_oldest_first()
    {
        var stoltenberg = StoryQuotes.Group(Seeds, maxSpeakers: 10, maxQuotesPerSpeaker: 50)[0];

        var dates = stoltenberg.Quotes.Select(q => q.Date?.Start ?? DateOnly.MaxValue).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void Spreads_a_bounded_pick_over_the_articles_as_the_story_developed()
    {
        var stoltenberg = StoryQuotes.Group(Seeds, maxSpeakers: 10, maxQuotesPerSpeaker: 3)[0];

        Assert.Equal(3, stoltenberg.Quotes.Select(q => q.Source.Name).Distinct().Count());
        Assert.Equal("003_438cfef368783ca7.txt", stoltenberg.Quotes[^1].Source.Name);
    }

    [Fact]
    public void Drops_the_comma_that_led_into_the_attribution()
    {
        var stoltenberg = StoryQuotes.Group(Seeds, maxSpeakers: 10, maxQuotesPerSpeaker: 50)[0];

        Assert.Contains(stoltenberg.Quotes, q => q.Text == "We need to be able to conduct operations");
    }
}
