using System.CommandLine;
using Digest.Cli.Commands;

var root = new RootCommand("Digest: turns a stream of news articles into digests of how each story developed.")
{
    BuildCommand.Create(),
    ParseCommand.Create(),
    UploadCommand.Create(),
    RunCommand.Create(),
    DigestNowCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
