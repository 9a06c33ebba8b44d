namespace Digest.Core.Tests.Stories;

/// <summary>Checks the hand-written fixture summaries are what a parser could have produced from their articles.</summary>
public class StoryFixturesTests
{
    [Fact]
    public void Names_each_seed_fixture_after_its_seed_file()
    {
        var seedFiles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Select(Path.GetFileName).Order();

        Assert.Equal(seedFiles, StoryFixtures.Seeds().Select(s => s.Name).Order());
        Assert.All(
            Directory.GetFiles(Path.Combine(StoryFixtures.Folder, "seeds")),
            f => Assert.Equal(Path.GetFileName(f), StoryFixtures.Seeds().Single(s => f.EndsWith(s.Name + ".json", StringComparison.Ordinal)).Name + ".json"));
    }

    [Fact]
    public void Takes_every_sentence_it_cites_from_the_article_body()
    {
        Assert.All(StoryFixtures.Seeds().Concat(StoryFixtures.Unrelated()), s =>
        {
            var cited = s.KeySentences.Concat(s.Dates.Select(d => d.Sentence)).Concat(s.Figures.Select(f => f.Sentence));
            Assert.All(cited, c => Assert.Contains(c, s.Body, StringComparison.Ordinal));
            Assert.All(s.Dates, d => Assert.Contains(d.Text, d.Sentence, StringComparison.Ordinal));
            Assert.All(s.Figures, f => Assert.Contains(f.Text, f.Sentence, StringComparison.Ordinal));
        });
    }
}
