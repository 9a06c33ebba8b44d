namespace Digest.Infrastructure.Tests;

public sealed class BicepValidationTests
{
    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        var result = BicepCli.Run("build", BicepCli.MainTemplate, "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.True(string.IsNullOrWhiteSpace(result.Error), result.Error);
    }

    [Fact]
    public void Lints_without_errors_or_warnings()
    {
        var result = BicepCli.Run("lint", BicepCli.MainTemplate);

        Assert.Equal(0, result.ExitCode);
        Assert.True(string.IsNullOrWhiteSpace(result.Error + result.Output), result.Error + result.Output);
    }
}
