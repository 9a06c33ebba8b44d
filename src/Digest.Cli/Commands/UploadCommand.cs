using System.CommandLine;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Storage.Diagnostics;

namespace Digest.Cli.Commands;

/// <summary><c>digest upload FILES...</c>: drops articles into the <c>articles</c> container.</summary>
public static class UploadCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("paths") { Description = "Article files or directories of them; X.meta.json sidecars become blob metadata.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("upload", "Upload articles into the articles container.") { input };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ArticleFiles.Expand(parse.GetRequiredValue(input));
            using var loggers = CliServices.CreateLoggerFactory();
            await using var session = await StorageSession.OpenAsync(CliSettings.Load(), loggers, cancellationToken);
            await ArticleUploader.UploadAsync(session.Storage, files, cancellationToken);
            Console.WriteLine($"Uploaded {files.Count} article(s) to {ShownUri.Of(session.Storage.Articles.Uri)}");
            return 0;
        });
        return command;
    }
}
