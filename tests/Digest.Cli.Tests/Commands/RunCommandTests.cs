using Digest.Cli.Tests.TestSupport;
using Digest.LocalRuntime.Azurite;

namespace Digest.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("digest-run-");

    [Fact]
    public async Task Run_once_copies_the_whole_digest_beside_a_shortened_one_and_links_it_by_its_local_path()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var output = Path.Combine(_work.FullName, "out");

        var (exitCode, printed, log) = await CliProcess.RunAsync(
            _work.FullName,
            ["run", "--once", "--upload", Path.Combine(AppContext.BaseDirectory, "Seeds"), "--out", output],
            ("AzureWebJobsStorage", azurite.ConnectionString),
            ("DigestMaxPartBytes", "4000"));

        Assert.True(exitCode == 0, log);
        Assert.Equal(Path.Combine(output, "digest.html"), printed.Trim());
        var full = Path.Combine(output, "digest.full.html");
        Assert.Contains("NATO", await File.ReadAllTextAsync(full), StringComparison.Ordinal);
        Assert.Contains($"href=\"{new Uri(full).AbsoluteUri}\">Open the full digest</a>", await File.ReadAllTextAsync(Path.Combine(output, "digest.html")), StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
