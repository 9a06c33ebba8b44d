using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Digest.Application.Deliver;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>
/// A MailDev SMTP server started from <c>node_modules/.bin/maildev</c> on free loopback ports, with its mail kept in
/// a temporary folder; stopped and cleaned up on dispose. Mail is read back through its REST API.
/// </summary>
public sealed class MailDevServer : IAsyncDisposable
{
    private const int Attempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly DirectoryInfo _mailDirectory;
    private readonly HttpClient _http;

    private MailDevServer(Process process, DirectoryInfo mailDirectory, int smtpPort, int webPort)
    {
        _process = process;
        _mailDirectory = mailDirectory;
        SmtpPort = smtpPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort.ToString(CultureInfo.InvariantCulture)}/") };
    }

    public int SmtpPort { get; }

    /// <summary>Settings that send to this server, in plain text as a local relay would take them.</summary>
    public SmtpOptions Options(params string[] to) =>
        new("127.0.0.1", SmtpPort, SmtpTlsMode.None, null, null, "Digest <digest@example.org>", to.Length > 0 ? to : ["reader@example.org"]);

    /// <summary>Starts MailDev; MailDev refuses port 0, so ports are picked here and the start retried if one was taken meanwhile.</summary>
    public static async Task<MailDevServer> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var mailDirectory = Directory.CreateTempSubdirectory("maildev-");
            var (smtpPort, webPort) = (FreePort.Next(), FreePort.Next());
            try
            {
                return await TryStartAsync(mailDirectory, smtpPort, webPort);
            }
            catch (PortTakenException) when (attempt < Attempts)
            {
                mailDirectory.Delete(recursive: true);
            }
        }
    }

    public async Task<IReadOnlyList<ReceivedEmail>> ReceivedAsync() =>
        await _http.GetFromJsonAsync<List<ReceivedEmail>>("api/email", JsonOptions) ?? [];

    /// <summary>The message as it came over the wire, headers and MIME structure included.</summary>
    public Task<string> SourceOfAsync(ReceivedEmail email) =>
        _http.GetStringAsync(new Uri($"api/email/{Uri.EscapeDataString(email.Id)}/source", UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Stop(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _mailDirectory.Delete(recursive: true);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static async Task<MailDevServer> TryStartAsync(DirectoryInfo mailDirectory, int smtpPort, int webPort)
    {
        var start = new ProcessStartInfo(FindExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // MailDev looks for a config file in the working directory and its parents; start where there is none.
            WorkingDirectory = mailDirectory.FullName,
        };
        foreach (var argument in new[]
        {
            "--ip", "127.0.0.1", "--smtp", Port(smtpPort), "--web-ip", "127.0.0.1", "--web", Port(webPort),
            "--mail-directory", mailDirectory.FullName,
            // Its self-signed STARTTLS certificate would fail validation in the Auto mode; the tests speak plain SMTP.
            "--hide-extensions", "STARTTLS",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            var log = string.Join(Environment.NewLine, output);
            ready.TrySetException(log.Contains("EADDRINUSE", StringComparison.Ordinal)
                ? new PortTakenException(log)
                : new InvalidOperationException($"MailDev exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{log}"));
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new MailDevServer(process, mailDirectory, smtpPort, webPort);
        try
        {
            // The banner ends once both the SMTP and the web server listen.
            await ready.Task.WaitAsync(StartTimeout);
            await server.ReceivedAsync();
            return server;
        }
        catch
        {
            Stop(process);
            await process.WaitForExitAsync();
            process.Dispose();
            throw;
        }

        void OnOutput(string? line)
        {
            if (line is null)
            {
                return;
            }

            output.Enqueue(line);
            if (line.Contains("Press Ctrl+C to stop", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
    }

    private static string FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "maildev.cmd" : "maildev";
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

        throw new FileNotFoundException("MailDev is not installed: run 'npm ci' in the repository root (it installs node_modules/.bin/maildev).");
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private sealed class PortTakenException(string log) : Exception(log);
}
