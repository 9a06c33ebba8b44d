using Digest.Cli.Files;

namespace Digest.Cli.Tests.Files;

public sealed class ArticleFilesTests
{
    private static readonly string Articles = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Articles");

    [Fact]
    public void Expands_a_directory_in_name_order_without_sidecars()
    {
        var files = ArticleFiles.Expand([Articles]);

        Assert.Equal(["bridge.txt", "harbour.txt"], files.Select(f => f.Name));
    }

    [Fact]
    public void Lists_a_file_named_twice_once()
    {
        var harbour = Path.Combine(Articles, "harbour.txt");

        Assert.Single(ArticleFiles.Expand([harbour, Articles, harbour]), f => f.Name == "harbour.txt");
    }

    [Fact]
    public void Rejects_a_missing_path()
    {
        Assert.Throws<FileNotFoundException>(() => ArticleFiles.Expand([Path.Combine(Articles, "missing.txt")]));
    }

    [Fact]
    public async Task Applies_the_sidecar_as_metadata()
    {
        var input = await ArticleFiles.ReadAsync(new FileInfo(Path.Combine(Articles, "harbour.txt")), default);

        Assert.Equal("harbour.txt", input.Name);
        Assert.Equal("2024-03-05", input.Metadata.Published);
        Assert.Equal("https://example.org/2024/03/05/harbour", input.Metadata.Url);
        Assert.Equal("Example Times", input.Metadata.Source);
    }

    [Fact]
    public async Task Article_without_sidecar_has_no_metadata()
    {
        var input = await ArticleFiles.ReadAsync(new FileInfo(Path.Combine(Articles, "bridge.txt")), default);

        Assert.Null(input.Metadata.Published);
        Assert.Null(input.Metadata.Url);
    }

    [Fact]
    public async Task Names_the_sidecar_that_is_not_json()
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestFiles", "broken-sidecar.txt"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ArticleFiles.ReadAsync(file, default));

        Assert.Contains("broken-sidecar.txt.meta.json", error.Message, StringComparison.Ordinal);
    }
}
