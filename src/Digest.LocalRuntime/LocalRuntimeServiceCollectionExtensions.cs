using Digest.LocalRuntime.Blobs;
using Digest.LocalRuntime.Timers;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.LocalRuntime;

/// <summary>Registers the local stand-ins for the Functions host's triggers on top of the shared pipeline.</summary>
public static class LocalRuntimeServiceCollectionExtensions
{
    public static IServiceCollection AddLocalRuntime(this IServiceCollection services, LocalRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(options);
        services.AddSingleton<ArticleBlobScanner>();
        services.AddSingleton<DigestTimer>();
        services.AddSingleton<LocalFunctionsHost>();
        return services;
    }
}
