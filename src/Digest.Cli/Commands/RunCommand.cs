using System.CommandLine;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.LocalRuntime;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Cli.Commands;

/// <summary><c>digest run</c>: the local Functions runtime — both functions against blob storage (Azurite by default).</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Process the articles present, build the digest through the timer function, print its path and exit." };
        var upload = new Option<string[]>("--upload") { Description = "Upload these article files or directories first.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "With --once: where to copy the rendered digest.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var command = new Command("run", "Run ParseArticle and BuildDigest locally against blob storage, as the Functions host would.") { once, upload, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = CliSettings.Load();
            using var loggers = CliServices.CreateLoggerFactory();
            await using var session = await StorageSession.OpenAsync(settings, loggers, cancellationToken);
            await using var services = await CliServices.CreateAsync(session, settings, parse.GetValue(once) ? parse.GetRequiredValue(output) : null, cancellationToken);

            if (parse.GetValue(upload) is { Length: > 0 } paths)
            {
                await ArticleUploader.UploadAsync(session.Storage, ArticleFiles.Expand(paths), cancellationToken);
            }

            var host = services.GetRequiredService<LocalFunctionsHost>();
            if (!parse.GetValue(once))
            {
                await host.RunAsync(cancellationToken);
                return 0;
            }

            var publication = await host.RunOnceAsync(cancellationToken);
            Console.WriteLine(await DigestDownloader.DownloadAsync(session.Storage, publication, parse.GetRequiredValue(output), cancellationToken));
            return 0;
        });
        return command;
    }
}
