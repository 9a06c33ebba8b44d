using System.CommandLine;
using System.Text.Json;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Core.Summaries;

namespace Digest.Cli.Commands;

/// <summary><c>digest parse FILE|DIR [--out DIR]</c>: prints summaries as JSON (JSON Lines for several) or writes <c>OUT/X.json</c>.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("paths") { Description = "Article files or directories of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write the summary of each input X to OUT/X.json instead of printing." };
        var command = new Command("parse", "Parse articles into structured summaries.") { input, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var parser = CliSettings.LoadParser();
            var files = ArticleFiles.Expand(parse.GetRequiredValue(input));
            var summaries = await ArticleBatch.ParseAsync(parser, files, cancellationToken);
            if (parse.GetValue(output) is { } destination)
            {
                destination.Create();
                foreach (var summary in summaries)
                {
                    await File.WriteAllTextAsync(Path.Combine(destination.FullName, Path.GetFileName(summary.Name) + ".json"), StoredJson.Serialize(summary), cancellationToken);
                }
            }
            else if (summaries.Count == 1)
            {
                Console.WriteLine(StoredJson.Serialize(summaries[0]));
            }
            else
            {
                var lines = new JsonSerializerOptions(StoredJson.Options) { WriteIndented = false };
                foreach (var summary in summaries)
                {
                    Console.WriteLine(JsonSerializer.Serialize(summary, lines));
                }
            }

            return summaries.Any(summary => summary.Error is not null) ? 2 : 0;
        });
        return command;
    }
}
