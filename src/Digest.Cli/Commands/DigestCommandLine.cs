using System.CommandLine;
using System.CommandLine.Parsing;
using Digest.Storage;

namespace Digest.Cli.Commands;

/// <summary>The <c>digest</c> command line and its subcommands.</summary>
public static class DigestCommandLine
{
    public static RootCommand Create() =>
        new("Digest: turns a stream of news articles into digests of how each story developed.")
        {
            BuildCommand.Create(),
            ParseCommand.Create(),
            UploadCommand.Create(),
            RunCommand.Create(),
            DigestNowCommand.Create(),
            TimelineCommand.Create(),
        };

    /// <summary>
    /// A mistyped command line as a few lines, not the help text: what was not understood first (a misspelt "--outt" would
    /// otherwise read only as "Option '--out' is required"), then what is missing or wrong, then where to read the usage.
    /// </summary>
    private static async Task ReportUsageErrorsAsync(ParseResult parsed)
    {
        foreach (var token in parsed.UnmatchedTokens)
        {
            await Console.Error.WriteLineAsync($"digest: unknown option or argument '{token}'");
        }

        var options = parsed.CommandResult.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        foreach (var token in MisspeltOptions(parsed))
        {
            var meant = options.FirstOrDefault(o => token.StartsWith(o, StringComparison.Ordinal) || o.StartsWith(token, StringComparison.Ordinal));
            await Console.Error.WriteLineAsync($"digest: unknown option '{token}'" + (meant is null ? string.Empty : $"; did you mean '{meant}'?"));
        }

        foreach (var error in parsed.Errors.Where(e => !parsed.UnmatchedTokens.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
        {
            await Console.Error.WriteLineAsync($"digest: {error.Message}");
        }

        var command = parsed.CommandResult.Command is RootCommand ? "digest" : $"digest {parsed.CommandResult.Command.Name}";
        await Console.Error.WriteLineAsync($"Run '{command} --help' for usage.");
    }

    /// <summary>
    /// Options no command has: a command that takes paths reads a misspelt "--outt" as one more path, which would fail later
    /// as a missing file or, worse, be parsed; no article file is named "--…".
    /// </summary>
    private static IEnumerable<string> MisspeltOptions(ParseResult parsed) =>
        parsed.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal)).Select(t => t.Value);

    /// <summary>
    /// Runs the command line. An operator's mistake — a setting that cannot be read, a path that does not exist, a sidecar
    /// that is not JSON, a storage account that cannot be reached, a mistyped option — is one line on standard error (with a
    /// pointer to the usage for the command line) and exit code 2; anything else is reported whole, with exit code 1.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = Create().Parse(args);
            if (parsed.Errors.Count > 0 || MisspeltOptions(parsed).Any())
            {
                await ReportUsageErrorsAsync(parsed);
                return 2;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException or StorageUnavailableException)
        {
            await Console.Error.WriteLineAsync($"digest: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by Ctrl+C or SIGTERM: nothing went wrong, and 130 is what shells report for an interrupted command.
            return 130;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"digest: unexpected error: {e}");
            return 1;
        }
    }
}
