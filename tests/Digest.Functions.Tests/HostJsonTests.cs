using Digest.LocalRuntime;
using Digest.LocalRuntime.Hosting;

namespace Digest.Functions.Tests;

/// <summary>The local runtime follows the very host.json the app publishes, so the two hosts retry and poison alike.</summary>
public sealed class HostJsonTests
{
    private static readonly string HostJson = File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "host.json"));

    [Fact]
    public void The_local_runtime_embeds_the_host_json_the_app_publishes()
    {
        Assert.Equal(HostJsonSettings.Parse(HostJson), HostJsonSettings.Embedded);
    }

    [Fact]
    public void The_local_runtime_defaults_are_the_host_json_settings()
    {
        var options = new LocalRuntimeOptions();

        Assert.Equal(HostJsonSettings.Embedded.PoisonBlobThreshold, options.MaxAttempts);
        Assert.Equal(HostJsonSettings.Embedded.MaxDegreeOfParallelism, options.MaxParallelArticles);
    }

    [Fact]
    public void Reads_the_blob_trigger_settings_and_falls_back_to_the_hosts_defaults()
    {
        var set = HostJsonSettings.Parse("""{ "version": "2.0", "extensions": { "blobs": { "poisonBlobThreshold": 3, "maxDegreeOfParallelism": 2 } } }""");
        var unset = HostJsonSettings.Parse("""{ "version": "2.0" }""");

        Assert.Equal(new HostJsonSettings(3, 2), set);
        Assert.Equal(5, unset.PoisonBlobThreshold);
        Assert.Equal(8 * Environment.ProcessorCount, unset.MaxDegreeOfParallelism);
    }

    [Fact]
    public void App_settings_override_host_json_as_the_functions_host_applies_them()
    {
        var settings = new Dictionary<string, string?> { ["AzureFunctionsJobHost__extensions__blobs__poisonBlobThreshold"] = "9" };

        var overridden = new HostJsonSettings(5, 4).WithOverrides(name => settings.GetValueOrDefault(name));

        Assert.Equal(new HostJsonSettings(9, 4), overridden);
    }

    [Fact]
    public void A_threshold_that_is_not_a_positive_number_names_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => HostJsonSettings.Parse("""{ "extensions": { "blobs": { "poisonBlobThreshold": 0 } } }"""));

        Assert.Contains("poisonBlobThreshold", error.Message, StringComparison.Ordinal);
    }
}
