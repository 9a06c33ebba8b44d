using Digest.Core.Digests;
using Digest.Core.Rendering;
using Digest.Storage.Digests;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digest.Functions.Tests;

/// <summary>
/// The app's host, built from the registrations Program.cs makes, on the worker's own builder, with the settings of
/// <c>local.settings.sample.json</c>. The host is built but not run, so no gRPC channel to a Functions host is opened.
/// </summary>
public sealed class AppStartTests
{
    [Fact]
    public async Task Both_functions_and_every_service_they_need_resolve_from_the_apps_registrations()
    {
        using var host = await BuildAsync(FunctionsApp.SampleSettings());

        Assert.NotNull(ActivatorUtilities.CreateInstance<ParseArticle>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<BuildDigest>(host.Services));
    }

    [Fact]
    public async Task The_sample_settings_reach_the_digest_options_and_the_schedule()
    {
        using var host = await BuildAsync(FunctionsApp.SampleSettings());

        Assert.Equal(int.Parse(FunctionsApp.SampleSettings()["DigestMaxStories"]!, System.Globalization.CultureInfo.InvariantCulture), host.Services.GetRequiredService<DigestOptions>().MaxStories);
        Assert.Equal(FunctionsApp.SampleSettings()["DigestSchedule"], host.Services.GetRequiredService<DigestSchedule>().Expression);
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_stops_the_app_at_start_naming_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("digest-templates-");
        try
        {
            var broken = Path.Combine(folder.FullName, DigestComposer.TextTemplate);
            await File.WriteAllTextAsync(broken, "Digest\n{{ for story in digest.stories }}\n{{ story.headline \n");
            var settings = FunctionsApp.SampleSettings();
            settings["DigestTemplates"] = folder.FullName;

            var error = await Assert.ThrowsAsync<DigestTemplateException>(() => BuildAsync(settings));

            Assert.Contains(broken, error.Message, StringComparison.Ordinal);
            Assert.Matches(@"\(3,\d+\)", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_wrong_setting_stops_the_app_at_start_naming_the_setting()
    {
        var settings = FunctionsApp.SampleSettings();
        settings["DigestMaxStories"] = "ten";

        var error = await Assert.ThrowsAsync<FormatException>(() => BuildAsync(settings));

        Assert.Contains("DigestMaxStories", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> BuildAsync(Dictionary<string, string?> settings)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        await builder.AddDigestFunctionsAsync();

        // As strict as the container gets: every registration must be constructible, and no scoped service captured.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }
}
