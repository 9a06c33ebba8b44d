using System.Diagnostics;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>Headless Chromium, found on PATH (or at <c>CHROMIUM_PATH</c>), for screenshots of rendered pages.</summary>
public static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The browser's path; a missing browser fails the test rather than skipping it, since CI installs one.</summary>
    public static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "Chromium is not installed: 'apt-get install -y chromium' (as .ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome binary.");
    }

    /// <summary>Renders <paramref name="page"/> at the given window size into the PNG <paramref name="screenshot"/>.</summary>
    public static async Task ScreenshotAsync(FileInfo page, FileInfo screenshot, int width, int height, bool dark = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(screenshot);
        await RunAsync(page, width, height, dark, "--hide-scrollbars", $"--screenshot={screenshot.FullName}");
    }

    /// <summary>
    /// Loads <paramref name="page"/>, runs its scripts and returns the DOM as they left it: a page's script can write what it
    /// measured (a width, a computed colour) into an attribute for the test to read.
    /// </summary>
    public static Task<string> DumpDomAsync(FileInfo page, int width, int height, bool dark = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        return RunAsync(page, width, height, dark, "--dump-dom");
    }

    // --force-dark-mode makes the page see prefers-color-scheme: dark, as a phone or mail client in dark mode would show it.
    private static async Task<string> RunAsync(FileInfo page, int width, int height, bool dark, params string[] mode)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(FindExecutable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] common =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}",
            ];
            foreach (var argument in common.Concat(dark ? ["--force-dark-mode"] : []).Concat(mode).Append(new Uri(page.FullName).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode}:{Environment.NewLine}{await output}{await errors}");
            }

            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
