using System.CommandLine;
using System.Globalization;
using Digest.Cli.Files;
using Digest.Cli.Hosting;
using Digest.Cli.Timelines;
using Digest.Core.Stories.Timelines;
using Digest.Core.Summaries;

namespace Digest.Cli.Commands;

/// <summary><c>digest timeline DIR [--dates N] [--sentences-per-date K] [--from DAY] [--to DAY] [--one-story] [--out FILE]</c>: each story's timeline as JSON.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("paths") { Description = "Article files or directories of them.", Arity = ArgumentArity.OneOrMore };
        var dates = new Option<int>("--dates")
        {
            Description = "Most dates to keep per story; the dates the articles refer to most are kept first.",
            DefaultValueFactory = _ => TimelineOptions.Default.MaxDevelopments,
        };
        var sentences = new Option<int>("--sentences-per-date")
        {
            Description = "Most sentences to show for one date.",
            DefaultValueFactory = _ => TimelineOptions.Default.MaxSentencesPerDevelopment,
        };
        var from = new Option<string?>("--from") { Description = "Keep only developments on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Keep only developments on or before this day (yyyy-MM-dd)." };
        var oneStory = new Option<bool>("--one-story") { Description = "Treat every article as part of one story instead of grouping them." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the JSON here instead of standard output." };
        dates.Validators.Add(result => RequirePositive(result, dates));
        sentences.Validators.Add(result => RequirePositive(result, sentences));

        var command = new Command("timeline", "Parse articles, group them into stories and print each story's timeline as JSON.")
        {
            input, dates, sentences, from, to, oneStory, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Checked here rather than by a validator, so a mistyped day gives one line, not the whole help text.
            if (!TryReadDay(parse.GetValue(from), from.Name, out var fromDay, out var error)
                || !TryReadDay(parse.GetValue(to), to.Name, out var toDay, out error))
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }

            var parser = CliSettings.LoadParser();
            var files = ArticleFiles.Expand(parse.GetRequiredValue(input));
            var summaries = await ArticleBatch.ParseAsync(parser, files, cancellationToken);
            var options = TimelineOptions.Default with
            {
                MaxDevelopments = parse.GetValue(dates),
                MaxSentencesPerDevelopment = parse.GetValue(sentences),
                From = fromDay,
                To = toDay,
            };
            var json = StoredJson.Serialize(TimelineDocumentBuilder.Build(summaries, options, parse.GetValue(oneStory)));

            if (parse.GetValue(output) is { } file)
            {
                file.Directory?.Create();
                await File.WriteAllTextAsync(file.FullName, json, cancellationToken);
            }
            else
            {
                Console.WriteLine(json);
            }

            foreach (var failed in summaries.Where(summary => summary.Error is not null))
            {
                await Console.Error.WriteLineAsync($"{failed.Name}: {failed.Error} (left out of the timeline)");
            }

            return 0;
        });
        return command;
    }

    private static bool TryReadDay(string? text, string option, out DateOnly? day, out string error)
    {
        day = null;
        error = string.Empty;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        error = $"{option} must be a day written yyyy-MM-dd, such as 2020-02-12, not \"{text}\".";
        return false;
    }

    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, Option<int> option)
    {
        // A value that is no number at all is reported by the parser itself ("Cannot parse argument 'abc' …"); reading it
        // here would throw instead.
        if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return;
        }

        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError($"{option.Name} must be at least 1.");
        }
    }
}
