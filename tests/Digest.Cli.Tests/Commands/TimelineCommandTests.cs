using Digest.Cli.Commands;
using Digest.Cli.Timelines;
using Digest.Core.Summaries;

namespace Digest.Cli.Tests.Commands;

public sealed class TimelineCommandTests : IDisposable
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("digest-timeline-");

    [Fact]
    public async Task Groups_the_seeds_into_one_story_with_its_dates_in_order()
    {
        var document = await RunAsync("timeline", Seeds);

        var story = Assert.Single(document.Stories);
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(SeedNames(), story.Articles.Order(StringComparer.Ordinal));
        Assert.Contains("NATO", story.Title, StringComparison.Ordinal);
        // In the order things happened: the year-only "2020" is the late-2020 readiness to expand, after February.
        Assert.Equal(["2018", "2020-01", "2020-02-12", "2020", "2021-02-18"], story.Timeline.Select(entry => entry.Date));
        Assert.Contains(story.Timeline, entry => entry.Date == "2021-02-18" && entry.Precision == DatePrecision.Day);
        Assert.All(story.Timeline, entry =>
        {
            Assert.NotEmpty(entry.Sentences);
            Assert.NotEmpty(entry.Sources);
            Assert.All(entry.Sources, source => Assert.Contains(source, story.Articles));
        });
    }

    [Fact]
    public async Task Keeps_every_article_in_one_story_when_asked()
    {
        var document = await RunAsync("timeline", Seeds, Path.Combine(AppContext.BaseDirectory, "TestFiles", "Articles"), "--one-story");

        var story = Assert.Single(document.Stories);
        Assert.Equal(7, story.Articles.Count);
    }

    [Fact]
    public async Task Limits_the_dates_and_the_sentences_per_date()
    {
        var document = await RunAsync("timeline", Seeds, "--dates", "3", "--sentences-per-date", "1");

        var story = Assert.Single(document.Stories);
        Assert.Equal(3, story.Timeline.Count);
        Assert.All(story.Timeline, entry => Assert.Single(entry.Sentences));
    }

    [Fact]
    public async Task Rejects_a_date_limit_below_one()
    {
        var exitCode = await DigestCommandLine.Create().Parse(["timeline", Seeds, "--dates", "0"]).InvokeAsync();

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public async Task Keeps_only_the_developments_between_from_and_to()
    {
        var document = await RunAsync("timeline", Seeds, "--from", "2020-01-01", "--to", "2020-12-31");

        var story = Assert.Single(document.Stories);
        Assert.Equal(["2020-01", "2020-02-12", "2020"], story.Timeline.Select(entry => entry.Date));
    }

    [Theory]
    [InlineData("--from", "12/02/2020")]
    [InlineData("--to", "2020-02-30")]
    public async Task Rejects_a_period_bound_that_is_not_a_day_with_one_line(string option, string value)
    {
        var (error, output) = (new StringWriter(), new StringWriter());
        var (originalError, originalOutput) = (Console.Error, Console.Out);
        Console.SetError(error);
        Console.SetOut(output);
        try
        {
            var exitCode = await DigestCommandLine.Create().Parse(["timeline", Seeds, option, value]).InvokeAsync();

            Assert.NotEqual(0, exitCode);
        }
        finally
        {
            Console.SetError(originalError);
            Console.SetOut(originalOutput);
        }

        // Other test classes may write progress to the console meanwhile, so only this command's lines are counted.
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(value, StringComparison.Ordinal));
        Assert.StartsWith(option, line, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _output.Delete(recursive: true);

    private async Task<TimelineDocument> RunAsync(params string[] args)
    {
        var file = Path.Combine(_output.FullName, "timeline.json");
        var exitCode = await DigestCommandLine.Create().Parse([.. args, "--out", file]).InvokeAsync();

        Assert.Equal(0, exitCode);
        return StoredJson.Deserialize<TimelineDocument>(await File.ReadAllTextAsync(file));
    }

    private static IEnumerable<string> SeedNames() =>
        Directory.GetFiles(Seeds, "*.txt").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);
}
