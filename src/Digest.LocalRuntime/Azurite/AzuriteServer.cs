using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Digest.LocalRuntime.Azurite;

/// <summary>
/// An Azurite storage emulator started from the project's <c>node_modules</c> (installed by <c>npm ci</c>),
/// bound to 127.0.0.1, and stopped on dispose.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    // The well-known development account key Azurite accepts; not a secret.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Node starts Azurite in a second or two; a cold, loaded machine may take many times that, and a minute still reports
    // a broken install promptly.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Long enough for Azurite to write its metadata to disk as it closes; a stop that takes longer is forced.
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(10);

    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly bool _persists;

    private AzuriteServer(Process process, int blobPort, bool persists)
    {
        _process = process;
        BlobPort = blobPort;
        _persists = persists;
    }

    public int BlobPort { get; }

    public string ConnectionString => ConnectionStringFor(BlobPort);

    public static string ConnectionStringFor(int blobPort) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort.ToString(CultureInfo.InvariantCulture)}/devstoreaccount1;";

    /// <summary>
    /// Starts Azurite. With <paramref name="dataDirectory"/> null it keeps everything in memory; ports 0 pick free
    /// ports, so parallel runs never collide.
    /// </summary>
    public static async Task<AzuriteServer> StartAsync(string? dataDirectory = null, int blobPort = 0, int queuePort = 0, int tablePort = 0, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(FindExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", Port(blobPort), "--queuePort", Port(queuePort), "--tablePort", Port(tablePort),
            "--disableTelemetry",
            // No access log: a line per request cost Azurite time on every call and, read here, memory for as long as it ran.
            "--silent",
            // Azure.Storage.Blobs asks for a newer service version than this Azurite knows; the calls we make are older.
            "--skipApiVersionCheck",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (dataDirectory is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataDirectory);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        int? blobPortSeen = null;
        process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"Azurite exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{string.Join(Environment.NewLine, output)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var port = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
            return new AzuriteServer(process, port, dataDirectory is not null);
        }
        catch
        {
            Stop(process);
            throw;
        }

        void OnOutput(string? line)
        {
            // Once it is ready, nothing it prints is needed: the lines are kept only to explain a failed start.
            if (line is null || listening.Task.IsCompleted)
            {
                return;
            }

            output.Enqueue(line);
            var match = BlobListening().Match(line);
            if (match.Success)
            {
                blobPortSeen = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            }

            // Azurite starts the blob, queue and table services in turn and only then handles SIGTERM by closing and saving;
            // a stop before that would end it on the spot and lose what it stored. Ready means all three are up.
            if (TableListening().IsMatch(line) && blobPortSeen is { } port)
            {
                listening.TrySetResult(port);
            }
        }
    }

    /// <summary>
    /// Finds <c>node_modules/.bin/azurite</c> in the current directory, the application's directory, or a parent of
    /// either; <c>AZURITE_PATH</c> overrides.
    /// </summary>
    public static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }

        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "Azurite is not installed: run 'npm ci' in the repository root (it installs node_modules/.bin/azurite), or set AZURITE_PATH.");
    }

    /// <summary>
    /// Stops Azurite. One that keeps its data on disk is asked to close (SIGTERM) and given time to write its metadata,
    /// which it keeps in memory until then: killed outright, it would lose what the run stored. One in memory is killed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_persists && !_process.HasExited && !OperatingSystem.IsWindows() && Kill(_process.Id, SigTerm) == 0)
        {
            using var timeout = new CancellationTokenSource(GracefulStopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Not closed in time: forced below.
            }
        }

        Stop(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Azurite Blob service is successfully listening at https?://[^:]+:(\d+)")]
    private static partial Regex BlobListening();

    [GeneratedRegex(@"Azurite Table service is successfully listening at")]
    private static partial Regex TableListening();
}
