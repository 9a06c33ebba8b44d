using Digest.Core.Digests;
using Digest.Core.Rendering.Model;
using Digest.Core.Summaries;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

/// <summary>A digest of three stories told over three months (TestFiles/Stories/multi), parsed by the real parser.</summary>
public class MultiStoryDigestTests
{
    private static readonly DigestRequest Request = new(new DateTimeOffset(2011, 4, 8, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2011, 4, 1, 7, 0, 0, TimeSpan.Zero));

    private static readonly DigestModel Model = StoredJson.Deserialize<DigestModel>(new DigestComposer().Compose(StoryFixtures.MultiStory(), Request).Json)!;

    [Fact]
    public void Shows_each_of_the_three_stories_once()
    {
        Assert.Equal(3, Model.Stories.Count);
        Assert.All(Model.Stories, s => Assert.Equal(8, s.ArticleCount));
        Assert.Empty(Model.MoreStories);
    }

    [Fact]
    public void Tells_every_story_in_date_order()
    {
        Assert.All(Model.Stories, s => Assert.Equal(s.Developments.Select(d => d.DateIso).Order(StringComparer.Ordinal), s.Developments.Select(d => d.DateIso)));
    }

    [Fact]
    public void Follows_the_spill_from_the_blast_to_the_commission()
    {
        var spill = Assert.Single(Model.Stories, s => s.Developments.Any(d => d.Sentences.Any(t => t.Contains("Caspian Horizon", StringComparison.Ordinal))));

        Assert.Contains("rig", spill.Developments[0].Sentences[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("2011-01", spill.Developments[0].DateIso, StringComparison.Ordinal);
        Assert.StartsWith("2011-04", spill.Developments[^1].DateIso, StringComparison.Ordinal);
        Assert.Contains("commission", spill.Headline, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Leads_with_the_story_that_has_news_since_the_last_digest()
    {
        Assert.True(Model.Stories[0].NewDevelopmentCount > 0);
        Assert.Contains("commission", Model.Stories[0].Headline, StringComparison.OrdinalIgnoreCase);
    }
}
