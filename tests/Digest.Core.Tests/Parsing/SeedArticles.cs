using System.Runtime.CompilerServices;
using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

/// <summary>The seed articles and parsed test files as the tests see them.</summary>
internal static class SeedArticles
{
    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// When the seeds were copied from the web: seed 000 shows the page's "Today: Monday, 27 May 2024" line.
    /// It bounds publication dates from above; it is never one.
    /// </summary>
    public static ArticleParserOptions Collected { get; } = new(CollectedOn: new DateOnly(2024, 5, 27));

    public static ArticleSummary Parse(string seed, ArticleParserOptions? options = null) =>
        new ArticleParser(options ?? Collected).Parse(Input(seed));

    public static ArticleInput Input(string seed)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seeds", seed + ".txt");
        return new ArticleInput(seed + ".txt", File.ReadAllBytes(path), ArticleMetadata.None);
    }

    public static string TestFile(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Parsing", name));

    public static ArticleSummary ParseTestFile(string name, ArticleMetadata? metadata = null) =>
        new ArticleParser().Parse(ArticleInput.FromText(name, TestFile(name), metadata));

    /// <summary>The checked-in source folder of the parsing test files, for rewriting golden files.</summary>
    public static string SourceTestFiles([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestFiles", "Parsing"));
}
