using Digest.Application;
using Digest.Application.Deliver;
using Digest.Application.Publish;
using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.Core.Rendering;
using Digest.LocalRuntime;
using Digest.Storage;
using Digest.Storage.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Digest.Cli.Hosting;

/// <summary>Wires the commands' services: the shared pipeline, the local runtime, and logs on standard error.</summary>
public static class CliServices
{
    /// <summary>Logs go to standard error so standard output carries only results (JSON, or the digest's path).</summary>
    public static ILoggerFactory CreateLoggerFactory() => LoggerFactory.Create(Configure);

    /// <summary>The services of a command that works against storage, with the templates <c>DigestTemplates</c> names.</summary>
    /// <param name="session">The storage to work against.</param>
    /// <param name="settings">The command's settings.</param>
    /// <param name="copiesTo">
    /// Where the command copies the digest it builds, so the e-mail links to the whole digest's copy there; null to link
    /// to the stored digest, as the Functions app does.
    /// </param>
    /// <param name="cancellationToken">Stops reading the templates.</param>
    public static async Task<ServiceProvider> CreateAsync(StorageSession session, CliSettings settings, DirectoryInfo? copiesTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(settings);
        var templates = await DigestTemplateSetting.OpenAsync(settings.Templates, session.Storage, cancellationToken);
        var services = Services(session.Storage, settings.Runtime, settings.Smtp, settings.Digest, templates, settings.Parsing, settings.Webhook);
        if (copiesTo is not null)
        {
            services.AddSingleton<IFullDigestLinks>(new LocalFileFullDigestLinks(copiesTo));
        }

        return services.BuildServiceProvider();
    }

    public static ServiceProvider Create(
        DigestStorage storage,
        LocalRuntimeOptions options,
        SmtpOptions? smtp = null,
        DigestOptions? digest = null,
        ITemplateSource? templates = null,
        ArticleParserOptions? parsing = null,
        WebhookOptions? webhook = null) =>
        Services(storage, options, smtp, digest, templates, parsing, webhook).BuildServiceProvider();

    private static IServiceCollection Services(
        DigestStorage storage,
        LocalRuntimeOptions options,
        SmtpOptions? smtp,
        DigestOptions? digest,
        ITemplateSource? templates,
        ArticleParserOptions? parsing,
        WebhookOptions? webhook) =>
        new ServiceCollection()
            .AddLogging(Configure)
            .AddDigestPipeline(_ => storage, smtp, digest, templates, parsing, webhook)
            .AddLocalRuntime(options);

    private static void Configure(ILoggingBuilder logging)
    {
        var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("DIGEST_LOG_LEVEL"), ignoreCase: true, out var configured)
            ? configured
            : LogLevel.Information;
        logging.SetMinimumLevel(level);
        logging.AddFilter("Azure", LogLevel.Warning);
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
            console.UseUtcTimestamp = true;
        });
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
