using Digest.Cli.Tests.TestSupport;

namespace Digest.Cli.Tests.Commands;

/// <summary>A mistyped command line is a few lines naming what is wrong and where the usage is, with exit code 2: no stack trace, no help text.</summary>
public sealed class UsageErrorTests
{
    private static string Seeds => Path.Combine(AppContext.BaseDirectory, "Seeds");

    [Fact]
    public async Task A_number_option_given_words_is_one_line_and_exit_code_2()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(AppContext.BaseDirectory, ["timeline", Seeds, "--dates", "abc"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            ["digest: Cannot parse argument 'abc' for option '--dates' as expected type 'System.Int32'.", "Run 'digest timeline --help' for usage."],
            Lines(error));
    }

    [Fact]
    public async Task A_misspelt_option_is_named_with_the_one_meant_before_what_it_left_missing()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(AppContext.BaseDirectory, ["build", Seeds, "--outt", "out"]);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            ["digest: unknown option '--outt'; did you mean '--out'?", "digest: Option '--out' is required.", "Run 'digest build --help' for usage."],
            Lines(error));
    }

    [Fact]
    public async Task A_misspelt_option_is_not_read_as_an_article_path()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(AppContext.BaseDirectory, ["timeline", Seeds, "--date", "3"]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(["digest: unknown option '--date'; did you mean '--dates'?", "Run 'digest timeline --help' for usage."], Lines(error));
    }

    [Fact]
    public async Task An_option_out_of_range_is_one_line_and_exit_code_2()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(AppContext.BaseDirectory, ["timeline", Seeds, "--sentences-per-date", "0"]);

        Assert.Equal(2, exitCode);
        Assert.Equal(["digest: --sentences-per-date must be at least 1.", "Run 'digest timeline --help' for usage."], Lines(error));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
