using System.Diagnostics;
using System.Reflection;

namespace Digest.Infrastructure.Tests;

/// <summary>Runs the Bicep CLI that the test project downloads from NuGet.</summary>
internal static class BicepCli
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string MainTemplate => Path.Combine(RepositoryRoot, "infra", "main.bicep");

    public static BicepResult Run(params string[] arguments)
    {
        var path = Metadata("BicepPath");
        Assert.True(File.Exists(path), $"The Bicep CLI is missing at {path}; restore the test project (dotnet restore) to download it.");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The CLI otherwise checks online for a newer version of itself.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BicepResult(process.ExitCode, output.Result, error.Result);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
