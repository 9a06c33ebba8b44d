using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Digest.Functions.Tests;

/// <summary>The folder <c>dotnet publish</c> makes is what azd deploys: it must hold everything the host reads, and no local secrets.</summary>
public sealed partial class PublishTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("digest-publish-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public async Task Publish_produces_a_folder_the_functions_host_can_run()
    {
        await PublishAsync();

        foreach (var file in new[] { "host.json", "functions.metadata", "extensions.json", "worker.config.json", "Digest.Functions.dll" })
        {
            Assert.True(File.Exists(Path.Combine(_output.FullName, file)), $"{file} is missing from the published folder");
        }

        Assert.False(File.Exists(Path.Combine(_output.FullName, "local.settings.json")), "local.settings.json holds local secrets and must not be published");
        var worker = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_output.FullName, "worker.config.json")))!;
        Assert.Equal("Digest.Functions.dll", (string?)worker["description"]!["defaultWorkerPath"]);
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(FunctionsApp.RepositoryRoot, "host.json")),
            await File.ReadAllTextAsync(Path.Combine(_output.FullName, "host.json")));
    }

    [Fact]
    public async Task Published_app_is_precompiled_for_linux_x64_and_starts_without_dynamic_pgo()
    {
        await PublishAsync();

        // ReadyToRun images carry native code beside the IL: what spares a new instance most of the JIT of its first article.
        foreach (var assembly in new[] { "Digest.Functions.dll", "Digest.Core.dll", "Digest.Storage.dll", "AngleSharp.dll" })
        {
            using var reader = new PEReader(File.OpenRead(Path.Combine(_output.FullName, assembly)));
            Assert.True(reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun");
        }

        // Dynamic PGO's instrumented first phase is most of a short-lived instance's work (Directory.Build.props).
        var runtimeConfig = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_output.FullName, "Digest.Functions.runtimeconfig.json")))!;
        Assert.False((bool?)runtimeConfig["runtimeOptions"]!["configProperties"]!["System.Runtime.TieredPGO"]);
    }

    [Fact]
    public void Azd_deploys_the_functions_project_to_the_function_app_the_infrastructure_tags()
    {
        var azure = File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "azure.yaml"));
        var service = ServiceBlock().Match(azure);
        Assert.True(service.Success, "azure.yaml has no service with a project, language and host");

        Assert.Equal(
            Path.GetFullPath(FunctionsApp.ProjectDirectory),
            Path.GetFullPath(Path.Combine(FunctionsApp.RepositoryRoot, service.Groups["project"].Value)).TrimEnd('/'));
        Assert.Equal("function", service.Groups["host"].Value);
        var infra = File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "infra", "modules", "digest.bicep"));
        Assert.Contains($"'azd-service-name': '{service.Groups["name"].Value}'", infra, StringComparison.Ordinal);
    }

    private async Task PublishAsync()
    {
        // The SDK that runs the tests publishes the app, as CI and azd would.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", FunctionsApp.ProjectDirectory, "--configuration", "Release", "--output", _output.FullName, "--nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed ({process.ExitCode}):\n{await output}\n{await error}");
    }

    [GeneratedRegex(@"services:\s*\n\s+(?<name>[\w-]+):\s*\n\s+project:\s*(?<project>\S+)\s*\n\s+language:\s*dotnet\s*\n\s+host:\s*(?<host>\w+)")]
    private static partial Regex ServiceBlock();
}
