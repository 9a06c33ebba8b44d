using Digest.Cli.Commands;
using Digest.Cli.Tests.TestSupport;
using Digest.Core.Summaries;

namespace Digest.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("digest-build-");

    [Fact]
    public async Task Builds_the_seed_digest_offline()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

        var exitCode = await DigestCommandLine.Create().Parse(["build", seeds, "--out", _output.FullName]).InvokeAsync();

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(_output.FullName, "digest.html")));
        Assert.True(File.Exists(Path.Combine(_output.FullName, "digest.txt")));
        var summaries = Directory.GetFiles(Path.Combine(_output.FullName, "summaries"), "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, summaries.Length);
        var summary = StoredJson.Deserialize<ArticleSummary>(await File.ReadAllTextAsync(summaries[0]));
        Assert.Equal("000_885cdbf6f613627e.txt", summary.Name);
    }

    [Fact]
    public async Task Writes_the_whole_digest_beside_an_email_that_had_to_leave_part_of_it_out()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

        var whole = await CliProcess.RunAsync(_output.FullName, ["build", seeds, "--out", "whole"]);
        var small = await CliProcess.RunAsync(_output.FullName, ["build", seeds, "--out", "small"], ("DigestMaxPartBytes", "4000"));
        var again = await CliProcess.RunAsync(_output.FullName, ["build", seeds, "--out", "small"]);

        Assert.Equal((0, 0, 0), (whole.ExitCode, small.ExitCode, again.ExitCode));
        Assert.False(File.Exists(Path.Combine(_output.FullName, "whole", "digest.full.html")));
        Assert.DoesNotContain("full digest", await File.ReadAllTextAsync(Path.Combine(_output.FullName, "whole", "digest.html")), StringComparison.Ordinal);

        // The later build fits, so the whole digest of the earlier one is gone rather than left to mislead.
        Assert.False(File.Exists(Path.Combine(_output.FullName, "small", "digest.full.html")));
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(_output.FullName, "whole", "digest.html")),
            await File.ReadAllTextAsync(Path.Combine(_output.FullName, "small", "digest.html")));
    }

    [Fact]
    public async Task Links_a_shortened_digest_to_the_whole_one_by_its_file_name()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

        var small = await CliProcess.RunAsync(_output.FullName, ["build", seeds, "--out", "small"], ("DigestMaxPartBytes", "4000"));

        Assert.Equal(0, small.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_output.FullName, "small", "digest.html"));
        Assert.Contains("href=\"digest.full.html\">Open the full digest</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing to report", html, StringComparison.Ordinal);
        Assert.Contains("NATO", await File.ReadAllTextAsync(Path.Combine(_output.FullName, "small", "digest.full.html")), StringComparison.Ordinal);
        Assert.Contains("Full digest: digest.full.html", await File.ReadAllTextAsync(Path.Combine(_output.FullName, "small", "digest.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_with_a_usage_error_without_out()
    {
        var exitCode = await DigestCommandLine.Create().Parse(["build", "seeds"]).InvokeAsync();

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task Reports_a_missing_path_in_one_line_with_exit_code_2()
    {
        var missing = Path.Combine(_output.FullName, "no-such-folder");
        var (error, originalError) = (new StringWriter(), Console.Error);
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = await DigestCommandLine.InvokeAsync(["build", missing, "--out", _output.FullName], default);
        }
        finally
        {
            Console.SetError(originalError);
        }

        Assert.Equal(2, exitCode);

        // Other test classes may write to the console meanwhile, so only this command's lines are counted.
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(missing, StringComparison.Ordinal));
        Assert.StartsWith("digest: No such file or directory", line, StringComparison.Ordinal);
    }

    public void Dispose() => _output.Delete(recursive: true);
}
