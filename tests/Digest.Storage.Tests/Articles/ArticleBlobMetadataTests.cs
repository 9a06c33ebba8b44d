using Digest.Core.Summaries;
using Digest.Storage.Articles;

namespace Digest.Storage.Tests.Articles;

public sealed class ArticleBlobMetadataTests
{
    [Fact]
    public void Round_trips_non_ascii_values_through_ascii_metadata()
    {
        var metadata = new ArticleMetadata("2021-02-19", "https://example.org/nachrichten/größe", "Süddeutsche Zeitung");

        var written = ArticleBlobMetadata.Write(metadata);

        Assert.All(written.Values, value => Assert.True(value.All(char.IsAscii)));
        Assert.Equal(metadata, ArticleBlobMetadata.Read(written));
    }

    [Fact]
    public void Reads_keys_in_any_case()
    {
        var read = ArticleBlobMetadata.Read(new Dictionary<string, string> { ["Published"] = "2020-02-12", ["URL"] = "https://example.org/a" });

        Assert.Equal("2020-02-12", read.Published);
        Assert.Equal("https://example.org/a", read.Url);
        Assert.Null(read.Source);
    }

    [Fact]
    public void Leaves_out_empty_values()
    {
        Assert.Empty(ArticleBlobMetadata.Write(new ArticleMetadata(Published: " ")));
    }
}
