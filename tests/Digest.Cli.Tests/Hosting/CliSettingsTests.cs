using Digest.Application.Deliver;
using Digest.Cli.Hosting;
using Digest.LocalRuntime.Hosting;
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
        Assert.Equal(DigestSchedule.DefaultExpression, settings.Runtime.Schedule.Expression);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.Runtime.ArticleScanInterval);
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
        Assert.Equal("0 30 6 * * 1-5", settings.Runtime.Schedule.Expression);
        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.Runtime.ArticleScanInterval);
    }

    [Fact]
    public void Reads_the_digest_limits_from_local_settings()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["Values:DigestMaxStories"] = "3",
            ["Values:DigestMaxEntriesPerStory"] = "6",
            ["Values:DigestStoryRetirementDays"] = "90",
        }));

        Assert.Equal(3, settings.Digest!.MaxStories);
        Assert.Equal(6, settings.Digest.Report.Timeline.MaxDevelopments);
        Assert.Equal(90, settings.Digest.Grouping.RetirementDays);
    }

    [Fact]
    public void Environment_style_keys_win_over_local_settings()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["Values:DigestSchedule"] = "0 30 6 * * *",
            ["DigestSchedule"] = "0 0 8 * * *",
        }));

        Assert.Equal("0 0 8 * * *", settings.Runtime.Schedule.Expression);
    }

    [Fact]
    public void Reads_the_schedule_in_the_hosts_time_zone_setting()
    {
        var settings = CliSettings.From(Configuration(new() { ["Values:WEBSITE_TIME_ZONE"] = "Europe/Berlin" }));

        Assert.Equal("Europe/Berlin", settings.Runtime.Schedule.TimeZone.Id);
    }

    [Fact]
    public void Takes_attempts_and_parallelism_from_host_json_and_its_app_setting_overrides()
    {
        var defaults = CliSettings.From(Configuration([]));
        var overridden = CliSettings.From(Configuration(new()
        {
            ["AzureFunctionsJobHost__extensions__blobs__poisonBlobThreshold"] = "2",
            ["Values:AzureFunctionsJobHost__extensions__blobs__maxDegreeOfParallelism"] = "1",
        }));

        Assert.Equal(HostJsonSettings.Embedded.PoisonBlobThreshold, defaults.Runtime.MaxAttempts);
        Assert.Equal(HostJsonSettings.Embedded.MaxDegreeOfParallelism, defaults.Runtime.MaxParallelArticles);
        Assert.Equal(2, overridden.Runtime.MaxAttempts);
        Assert.Equal(1, overridden.Runtime.MaxParallelArticles);
    }

    [Fact]
    public void An_unknown_time_zone_is_a_setting_error_naming_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => CliSettings.From(Configuration(new() { ["WEBSITE_TIME_ZONE"] = "Mars/Olympus" })));

        Assert.Contains("WEBSITE_TIME_ZONE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_identity_based_storage_settings_in_either_spelling()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stdigest.blob.core.windows.net/",
            ["Values:AzureWebJobsStorage__credential"] = "managedidentity",
        }));

        Assert.Null(settings.StorageConnection);
        Assert.Equal("https://stdigest.blob.core.windows.net/", settings.StorageIdentity?["AzureWebJobsStorage:blobServiceUri"]);
        Assert.Equal("managedidentity", settings.StorageIdentity?["AzureWebJobsStorage:credential"]);
    }

    [Fact]
    public void Rejects_a_scan_interval_that_is_not_positive()
    {
        Assert.Throws<FormatException>(() => CliSettings.From(Configuration(new() { ["ArticleScanIntervalSeconds"] = "0" })));
    }

    [Fact]
    public void Delivery_is_off_without_an_smtp_host()
    {
        var settings = CliSettings.From(Configuration(new() { ["Smtp:From"] = "digest@example.org" }));

        Assert.Null(settings.Smtp);
    }

    [Fact]
    public void Reads_smtp_settings_from_environment_variables()
    {
        // What AddEnvironmentVariables makes of Smtp__Host and friends.
        var settings = CliSettings.From(Configuration(new()
        {
            ["Smtp:Host"] = "smtp.azurecomm.net",
            ["Smtp:Port"] = "587",
            ["Smtp:TlsMode"] = "starttls",
            ["Smtp:User"] = "digest-resource",
            ["Smtp:Password"] = "secret",
            ["Smtp:From"] = "Digest <digest@example.org>",
            ["Smtp:To"] = "ann@example.org, bob@example.org",
        }));

        var smtp = Assert.IsType<SmtpOptions>(settings.Smtp);
        Assert.Equal("smtp.azurecomm.net", smtp.Host);
        Assert.Equal(587, smtp.Port);
        Assert.Equal(SmtpTlsMode.StartTls, smtp.TlsMode);
        Assert.Equal("digest-resource", smtp.User);
        Assert.Equal("secret", smtp.Password);
        Assert.Equal("Digest <digest@example.org>", smtp.From);
        Assert.Equal(["ann@example.org", "bob@example.org"], smtp.To);
        Assert.DoesNotContain("secret", smtp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_flat_smtp_names_from_local_settings_and_defaults_the_port_by_tls_mode()
    {
        var settings = CliSettings.From(Configuration(new()
        {
            ["Values:Smtp__Host"] = "smtp.sendgrid.net",
            ["Values:Smtp__TlsMode"] = "SslOnConnect",
            ["Values:Smtp__From"] = "digest@example.org",
            ["Values:Smtp__To"] = "ann@example.org",
        }));

        Assert.Equal(465, settings.Smtp?.Port);
        Assert.Equal(SmtpTlsMode.SslOnConnect, settings.Smtp?.TlsMode);
    }

    [Theory]
    [InlineData("Smtp:To", "")]
    [InlineData("Smtp:To", "not an address")]
    [InlineData("Smtp:To", "not-an-address")]
    [InlineData("Smtp:From", "digest@")]
    [InlineData("Smtp:Port", "smtp")]
    [InlineData("Smtp:TlsMode", "Sometimes")]
    public void Rejects_smtp_settings_that_cannot_send(string key, string value)
    {
        var values = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "localhost",
            ["Smtp:From"] = "digest@example.org",
            ["Smtp:To"] = "ann@example.org",
        };
        values[key] = value;

        Assert.Throws<FormatException>(() => CliSettings.From(Configuration(values)));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
