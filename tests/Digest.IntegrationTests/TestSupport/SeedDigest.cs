using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>The digest of the five seed articles as the embedded templates render it, for the browser tests.</summary>
public static class SeedDigest
{
    public static async Task<string> HtmlAsync()
    {
        var parser = new ArticleParser();
        var summaries = new List<ArticleSummary>();
        foreach (var seed in RuntimeHarness.SeedNames())
        {
            var content = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", seed));
            summaries.Add(parser.Parse(new ArticleInput(seed, content, ArticleMetadata.None)));
        }

        var generatedAt = new DateTimeOffset(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);
        return new DigestComposer().Compose(summaries, new DigestRequest(generatedAt, generatedAt.AddDays(-7))).Html;
    }
}
