using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

/// <summary>
/// Each seed's full summary against a reviewed expected file. Set DIGEST_UPDATE_GOLDEN=1 to rewrite them,
/// then review the diff: the expected files must be right, not merely what the code produces.
/// </summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds => new(SeedArticles.Names);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Summary_matches_reviewed_expected_file(string seed)
    {
        var actual = StoredJson.Serialize(SeedArticles.Parse(seed)).ReplaceLineEndings("\n") + "\n";
        var relative = Path.Combine("Seeds", seed + ".json");
        if (Environment.GetEnvironmentVariable("DIGEST_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SeedArticles.SourceTestFiles(), relative), actual);
            return;
        }

        var expected = SeedArticles.TestFile(relative).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
