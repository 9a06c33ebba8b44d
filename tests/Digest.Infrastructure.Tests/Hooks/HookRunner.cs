using System.Diagnostics;

namespace Digest.Infrastructure.Tests.Hooks;

/// <summary>
/// Runs an azd hook from <c>infra/hooks</c> as azd would (sh for <c>.sh</c>, PowerShell for <c>.ps1</c>), with only the
/// given environment and a stub <c>az</c> first on PATH that records every call.
/// </summary>
public sealed class HookRunner : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("digest-hook-").FullName;

    public HookRunner()
    {
        var stub = Path.Combine(directory, "az");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestFiles", "az-stub.sh"), stub);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stub, File.GetUnixFileMode(stub) | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(directory, "az-calls.log");

    public HookResult RunShell(string hook, IReadOnlyDictionary<string, string> environment) =>
        Run("/bin/sh", [HookPath(hook)], environment);

    /// <summary>Runs a <c>.ps1</c> hook in the PowerShell of the repository's tool manifest (<c>dotnet tool restore</c>).</summary>
    public HookResult RunPowerShell(string hook, IReadOnlyDictionary<string, string> environment) =>
        Run("dotnet", ["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", HookPath(hook)], environment);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string HookPath(string hook) => Path.Combine(BicepCli.RepositoryRoot, "infra", "hooks", hook);

    private HookResult Run(string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        File.WriteAllText(Log, "");
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BicepCli.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what azd would hand the hook: the test's variables, never the ones of the machine running the tests.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("AZURE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PATH"] = directory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["STUB_AZ_LOG"] = Log;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new HookResult(process.ExitCode, output.Result, error.Result, ReadCalls());
    }

    private List<AzCall> ReadCalls()
    {
        var calls = new List<AzCall>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(Log))
        {
            if (line == "---")
            {
                current = [];
                calls.Add(new AzCall(current));
            }
            else
            {
                current!.Add(line);
            }
        }

        return calls;
    }
}
