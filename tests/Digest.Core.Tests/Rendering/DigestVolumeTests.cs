using Digest.Core.Digests;
using Digest.Core.Rendering;
using Digest.Core.Rendering.Model;
using Digest.Core.Stories;
using Digest.Core.Summaries;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

/// <summary>A digest stays within its limits however many articles and stories it is built from.</summary>
public class DigestVolumeTests
{
    private static readonly DigestRequest Request = new(new DateTimeOffset(2020, 3, 1, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 2, 20, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Renders_five_thousand_summaries_about_three_hundred_stories_within_the_limits()
    {
        var composer = new DigestComposer();
        var summaries = SyntheticSummaries.Generate(5_000, 300);

        var digest = composer.Compose(summaries, Request);

        var model = StoredJson.Deserialize<DigestModel>(digest.Json);
        var options = DigestOptions.Default;
        Assert.Equal(options.MaxStories, model.Stories.Count);
        Assert.Equal(options.MaxMoreStories, model.MoreStories.Count);
        Assert.True(model.MoreStoryCount > model.MoreStories.Count, $"{model.MoreStoryCount} further stories");
        AssertWithinLimits(model, options);
        Assert.Contains($"and {model.MoreStoryCount - model.MoreStories.Count} more stories", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_a_story_of_two_thousand_articles_as_briefly_as_a_small_one()
    {
        // Twenty reports a day for a hundred days, as a big running story gets.
        var first = new DateOnly(2020, 1, 1);
        var summaries = SyntheticSummaries.Generate(2_000, 1)
            .Select((s, i) => s with { Published = s.Published! with { Date = first.AddDays(i / 20) } })
            .ToList();

        var digest = new DigestComposer().ComposeStories([new Story(0, summaries)], Request);

        var model = StoredJson.Deserialize<DigestModel>(digest.Json);
        var story = Assert.Single(model.Stories);
        Assert.Equal(2_000, story.ArticleCount);
        AssertWithinLimits(model, DigestOptions.Default);
        Assert.Contains(story.Developments, d => d.MoreSourceCount > 0);
        Assert.InRange(digest.Html.Length, 1, 200_000);
    }

    [Fact]
    public void Renders_loops_of_more_than_a_thousand_items()
    {
        // Every story shown in full and every article cited: the Sources loop runs 1,500 times, past Scriban's default limit
        // (no byte budget, which would show fewer).
        var options = DigestOptions.Default with { MaxStories = 1_500, MaxPartBytes = int.MaxValue };
        var summaries = SyntheticSummaries.Generate(1_500, 1_500);

        var digest = new DigestComposer(EmbeddedTemplateSource.Instance, options).Compose(summaries, Request);

        Assert.Contains("[1500]", digest.Text, StringComparison.Ordinal);
    }

    private static void AssertWithinLimits(DigestModel model, DigestOptions options)
    {
        Assert.All(model.Stories, story =>
        {
            Assert.InRange(story.Developments.Count, 1, options.Report.Timeline.MaxDevelopments);
            Assert.All(story.Developments, d => Assert.InRange(d.Sources.Count, 1, options.MaxSourcesPerEntry));
            Assert.All(story.Developments, d => Assert.InRange(d.Sentences.Count, 1, options.Report.Timeline.MaxSentencesPerDevelopment));
            Assert.InRange(story.Figures.Count, 0, options.Report.MaxFigures);
            Assert.InRange(story.Speakers.Count, 0, options.Report.MaxSpeakers);
            Assert.InRange(story.Unplaced.Count, 0, options.MaxSourcesPerEntry);
            Assert.NotEqual(string.Empty, story.Period);
        });

        // Only cited articles are listed, so the Sources section is bounded by what the stories show.
        var cited = model.Stories.SelectMany(s => s.Developments.SelectMany(d => d.Sources)
                .Concat(s.Figures.SelectMany(f => f.Steps.SelectMany(st => st.Sources)))
                .Concat(s.Speakers.SelectMany(sp => sp.Quotes.Select(q => q.Source)))
                .Concat(s.Unplaced))
            .Select(l => l.Number)
            .ToHashSet();
        Assert.Equal(cited.Order(), model.Sources.Select(s => s.Number));
    }
}
