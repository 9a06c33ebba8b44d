using Digest.Core.Digests;
using Digest.Core.Tests.Stories;

namespace Digest.Core.Tests.Rendering;

public class DigestGoldenTests
{
    [Fact]
    public void Renders_the_seed_digest_html_as_reviewed()
    {
        var digest = new DigestComposer().Compose(StoryFixtures.Seeds(), DigestFixtures.Weekly);

        GoldenFile.Verify("seeds.digest.html", digest.Html);
    }

    [Fact]
    public void Renders_the_seed_digest_text_as_reviewed()
    {
        var digest = new DigestComposer().Compose(StoryFixtures.Seeds(), DigestFixtures.Weekly);

        GoldenFile.Verify("seeds.digest.txt", digest.Text);
    }
}
