using System.CommandLine;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Core.Rendering;
using Digest.Core.Summaries;

namespace Digest.Cli.Commands;

/// <summary><c>digest build DIR --out OUT</c>: the offline path, from article files to a rendered digest, no storage needed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("paths") { Description = "Article files or directories of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write summaries/, digest.html, digest.txt and digest.json.", Required = true };
        var command = new Command("build", "Parse articles and render their digest into a folder, without storage.") { input, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A digest setting or template that cannot be read stops the command before any work, not after parsing every article.
            var composer = CliSettings.LoadComposer();
            var destination = parse.GetRequiredValue(output);
            var parser = CliSettings.LoadParser();
            var files = ArticleFiles.Expand(parse.GetRequiredValue(input));
            var summaries = await ArticleBatch.ParseAsync(parser, files, cancellationToken);

            var summaryFolder = destination.CreateSubdirectory("summaries");
            foreach (var summary in summaries)
            {
                await File.WriteAllTextAsync(Path.Combine(summaryFolder.FullName, Path.GetFileName(summary.Name) + ".json"), SummaryJson.Serialize(summary), cancellationToken);
            }

            var usable = summaries.Where(summary => summary.Error is null).ToList();
            var digest = composer.Compose(usable, new DigestRequest(TimeProvider.System.GetUtcNow()));
            var html = Path.Combine(destination.FullName, "digest.html");
            await File.WriteAllTextAsync(html, digest.Html, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(destination.FullName, "digest.txt"), digest.Text, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(destination.FullName, "digest.json"), digest.Json, cancellationToken);

            foreach (var failed in summaries.Where(summary => summary.Error is not null))
            {
                await Console.Error.WriteLineAsync($"{failed.Name}: {failed.Error} (left out of the digest)");
            }

            Console.WriteLine(html);
            return 0;
        });
        return command;
    }
}
