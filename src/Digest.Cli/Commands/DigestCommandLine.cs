using System.CommandLine;

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
}
