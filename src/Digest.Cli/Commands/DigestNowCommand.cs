using System.CommandLine;
using Digest.Cli.Hosting;
using Digest.LocalRuntime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Cli.Commands;

/// <summary><c>digest digest-now</c>: builds and stores a digest once, immediately, through the timer function.</summary>
public static class DigestNowCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Where to copy the rendered digest.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var command = new Command("digest-now", "Build and store a digest now from the stored summaries.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = CliSettings.Load();
            using var loggers = CliServices.CreateLoggerFactory();
            await using var session = await StorageSession.OpenAsync(settings, loggers, cancellationToken);
            await using var services = await CliServices.CreateAsync(session, settings, parse.GetRequiredValue(output), cancellationToken);

            var publication = await services.GetRequiredService<DigestTimer>().RunNowAsync(cancellationToken);
            if (publication is null)
            {
                await Console.Error.WriteLineAsync("Another runtime is building a digest right now; try again in a minute.");
                return 1;
            }

            Console.WriteLine(await DigestDownloader.DownloadAsync(session.Storage, publication, parse.GetRequiredValue(output), cancellationToken));
            return 0;
        });
        return command;
    }
}
