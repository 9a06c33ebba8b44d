using Digest.Application.Deliver;
using Digest.Application.Ingest;
using Digest.Application.Publish;
using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.Core.Rendering;
using Digest.Storage;
using Digest.Storage.Articles;
using Digest.Storage.Digests;
using Digest.Storage.Stories;
using Digest.Storage.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Digest.Application;

/// <summary>Registers the pipeline both hosts run — the Functions app and the local runtime — so they cannot drift apart.</summary>
public static class DigestServiceCollectionExtensions
{
    /// <param name="services">Where to register.</param>
    /// <param name="storage">The storage account to work in.</param>
    /// <param name="smtp">Where to mail digests; null stores them without sending.</param>
    /// <param name="digest">How stories are grouped and how much a digest shows (<see cref="DigestSettings"/>); null for the defaults.</param>
    /// <param name="templates">The digest's templates (<see cref="Storage.Templates.DigestTemplateSetting"/>); null for the embedded ones.</param>
    /// <param name="parsing">Parser limits (<see cref="ArticleSettings"/>); null for the defaults.</param>
    /// <param name="webhook">Where to post digests as JSON; null leaves the webhook channel off.</param>
    /// <exception cref="DigestTemplateException">The templates cannot render a digest: registration fails, so the host does not start.</exception>
    public static IServiceCollection AddDigestPipeline(
        this IServiceCollection services,
        Func<IServiceProvider, DigestStorage> storage,
        SmtpOptions? smtp = null,
        DigestOptions? digest = null,
        ITemplateSource? templates = null,
        ArticleParserOptions? parsing = null,
        WebhookOptions? webhook = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(new ArticleParser(parsing ?? ArticleParserOptions.Default));
        var options = digest ?? DigestOptions.Default;
        services.AddSingleton(options);

        // Made now, not on first use: a template that cannot render stops the host at start rather than the first digest.
        services.AddSingleton(new DigestComposer(templates ?? EmbeddedTemplateSource.Instance, options));
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<SummarySnapshot>();
        services.AddSingleton(provider => new StoredStoryIndex(
            provider.GetRequiredService<DigestStorage>(), options.Grouping, provider.GetRequiredService<ILogger<StoredStoryIndex>>()));
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<IArticleProcessor>(provider => provider.GetRequiredService<ArticleIngestor>());
        services.AddSingleton<IDeliveryChannel>(provider => new SmtpChannel(
            smtp is null ? null : new DigestMailer(smtp, provider.GetRequiredService<TimeProvider>()),
            provider.GetRequiredService<TimeProvider>()));

        // The factory's request logging writes the whole URL, whose path is the webhook's secret token.
        services.AddHttpClient(WebhookChannel.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<IDeliveryChannel>(provider => new WebhookChannel(
            webhook,
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DigestDelivery>();
        services.TryAddSingleton<IFullDigestLinks, SasFullDigestLinks>();
        services.AddSingleton<DigestPublisher>();
        return services;
    }
}
