using Digest.Cli.Tests.TestSupport;

namespace Digest.Cli.Tests.Commands;

/// <summary>
/// Mistakes an operator makes, run as the operator would: the real command in its own process, with the setting in its
/// environment. Each must end in one line on standard error and exit code 2 within seconds, never a stack trace.
/// </summary>
public sealed class OperatorErrorTests
{
    [Fact]
    public async Task A_storage_account_that_refuses_connections_is_one_line_and_exit_code_2()
    {
        var port = CliProcess.FreePort();
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

        var (exitCode, error) = await RunAsync(["run", "--once"], ("AzureWebJobsStorage", connection));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("digest: Storage account http://127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Smtp__To", "not-an-address")]
    [InlineData("DigestMaxStories", "many")]
    [InlineData("DigestSchedule", "0 7 * * *")]
    [InlineData("WEBSITE_TIME_ZONE", "Mars/Olympus")]
    public async Task A_setting_that_cannot_work_is_refused_at_start_in_one_line(string setting, string value)
    {
        var (exitCode, error) = await RunAsync(["run", "--once"], ("Smtp__Host", "localhost"), ("Smtp__From", "digest@example.org"), ("Smtp__To", "ann@example.org"), (setting, value));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("digest: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string[] arguments, params (string Name, string Value)[] environment)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(Directory.CreateTempSubdirectory("digest-operator-").FullName, arguments, environment);
        return (exitCode, error.Trim());
    }
}
