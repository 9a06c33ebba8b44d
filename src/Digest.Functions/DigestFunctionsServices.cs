using Digest.Storage;
using Digest.Storage.Delivery;
using Digest.Storage.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Functions;

/// <summary>What the functions need from dependency injection: the shared pipeline on the configured account, and the schedule.</summary>
public static class DigestFunctionsServices
{
    public static IServiceCollection AddDigestFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The same pipeline the local runtime registers; the trigger semantics come from the Functions host.
        // App settings named Smtp__Host arrive in configuration as Smtp:Host.
        var smtp = SmtpOptions.Read(flat => configuration[flat.Replace("__", ":", StringComparison.Ordinal)] ?? configuration[flat]);
        var digest = DigestSettings.Read(key => configuration[key]);
        services.AddDigestPipeline(_ => StorageConnection.Open(configuration), smtp, digest);
        services.AddSingleton(DigestSchedule.Parse(configuration[DigestSchedule.SettingName] ?? DigestSchedule.DefaultExpression));
        return services;
    }
}
