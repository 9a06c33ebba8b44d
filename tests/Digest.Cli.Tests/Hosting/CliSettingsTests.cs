using Digest.Cli.Hosting;
using Digest.Storage.Digests;
using Microsoft.Extensions.Configuration;

namespace Digest.Cli.Tests.Hosting;

public sealed class CliSettingsTests
{
    [Fact]
    public void Defaults_to_development_storage_and_the_daily_schedule()
    {
        var settings = CliSettings.From(Configuration([]));

        Assert.Null(settings.StorageConnection);
        Assert.Equal(DigestSchedule.DefaultExpression, settings.Runtime.DigestSchedule);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.Runtime.ArticleScanInterval);
    }

    [Fact]
    public void Reads_the_values_section_of_local_settings()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["Values:AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Values:DigestSchedule"] = "0 30 6 * * 1-5",
            ["Values:ArticleScanIntervalSeconds"] = "2.5",
        }));

        Assert.Equal("UseDevelopmentStorage=true", settings.StorageConnection);
        Assert.Equal("0 30 6 * * 1-5", settings.Runtime.DigestSchedule);
        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.Runtime.ArticleScanInterval);
    }

    [Fact]
    public void Environment_style_keys_win_over_local_settings()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["Values:DigestSchedule"] = "0 30 6 * * *",
            ["DigestSchedule"] = "0 0 8 * * *",
        }));

        Assert.Equal("0 0 8 * * *", settings.Runtime.DigestSchedule);
    }

    [Fact]
    public void Rejects_a_scan_interval_that_is_not_positive()
    {
        Assert.Throws<FormatException>(() => CliSettings.From(Configuration(new() { ["ArticleScanIntervalSeconds"] = "0" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
