using Digest.Core.Parsing;
using Digest.Core.Rendering;
using Digest.Storage.Articles;
using Digest.Storage.Digests;
using Digest.Storage.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Digest.Storage;

/// <summary>Registers the pipeline both hosts run — the Functions app and the local runtime — so they cannot drift apart.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddDigestPipeline(this IServiceCollection services, Func<IServiceProvider, DigestStorage> storage)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<IArticleProcessor>(provider => provider.GetRequiredService<ArticleIngestor>());
        services.AddSingleton<DigestPublisher>();
        return services;
    }
}
