using System.CommandLine;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Core.Digests;
using Digest.Core.Summaries;

namespace Digest.Cli.Commands;

/// <summary><c>digest build DIR --out OUT</c>: the offline path, from article files to a rendered digest, no storage needed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("paths") { Description = "Article files or directories of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write summaries/, digest.html, digest.txt and digest.json (and digest.full.html when the e-mail parts leave stories out).", Required = true };
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
                await File.WriteAllTextAsync(Path.Combine(summaryFolder.FullName, Path.GetFileName(summary.Name) + ".json"), StoredJson.Serialize(summary), cancellationToken);
            }

            var usable = summaries.Where(summary => summary.Error is null).ToList();
            // The whole digest, when the e-mail's parts must leave part of it out, is written beside them and linked by its name.
            var full = Path.Combine(destination.FullName, DigestFiles.FullHtml);
            var request = new DigestRequest(TimeProvider.System.GetUtcNow()) { FullDigest = new FullDigestLink(DigestFiles.FullHtml, full) };
            var digest = composer.Compose(usable, request);
            var html = Path.Combine(destination.FullName, DigestFiles.Html);
            await File.WriteAllTextAsync(html, digest.Html, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(destination.FullName, DigestFiles.Text), digest.Text, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(destination.FullName, DigestFiles.Json), digest.Json, cancellationToken);
            if (digest.Full is not null)
            {
                await File.WriteAllTextAsync(full, digest.Full.Html, cancellationToken);
            }
            else
            {
                File.Delete(full);
            }

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
