using Digest.Application;
using Digest.Application.Deliver;
using Digest.Storage;
using Digest.Storage.Articles;
using Digest.Storage.Digests;
using Digest.Storage.Settings;
using Digest.Storage.Templates;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digest.Functions;

/// <summary>Everything the Functions app registers, so the app (Program.cs) and its tests start the same services.</summary>
public static class DigestFunctionsServices
{
    /// <summary>The app's telemetry and the digest pipeline, configured from the app settings.</summary>
    public static async Task<IHostApplicationBuilder> AddDigestFunctionsAsync(this IHostApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();
        await builder.Services.AddDigestFunctionsAsync(builder.Configuration, cancellationToken);
        return builder;
    }

    /// <summary>
    /// The shared pipeline on the configured account, the schedule and the templates. Every setting is read now, and
    /// templates from <c>DigestTemplates</c> are parsed now, so a wrong one stops the app at start, naming it.
    /// </summary>
    public static async Task<IServiceCollection> AddDigestFunctionsAsync(this IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // App settings named Smtp__Host arrive in configuration as Smtp:Host.
        string? Setting(string name) => configuration[name.Replace("__", ":", StringComparison.Ordinal)] ?? configuration[name];

        var storage = StorageConnection.Open(configuration);
        var templates = await DigestTemplateSetting.OpenAsync(Setting(SettingNames.DigestTemplates), storage, cancellationToken);
        var webhook = WebhookOptions.Read(Setting);
        services.AddDigestPipeline(_ => storage, SmtpOptions.Read(Setting), DigestSettings.Read(Setting), templates, ArticleSettings.Read(Setting), webhook);
        if (webhook is not null)
        {
            services.AddSingleton<ITelemetryInitializer>(new WebhookTelemetryRedaction(webhook));
        }

        services.AddSingleton(DigestSchedule.Read(Setting));
        return services;
    }
}
