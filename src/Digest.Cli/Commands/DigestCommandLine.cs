using System.CommandLine;
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
    /// Runs the command line. An operator's mistake — a setting that cannot be read, a path that does not exist, a sidecar
    /// that is not JSON, a storage account that cannot be reached — is one line on standard error and exit code 2; anything else is reported whole, with exit code 1.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return await Create().Parse(args)
                .InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellationToken);
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
