using Digest.Core.Parsing;
using Digest.Core.Rendering;
using Digest.LocalRuntime;
using Digest.Storage;
using Digest.Storage.Delivery;
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
    public static async Task<ServiceProvider> CreateAsync(StorageSession session, CliSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(settings);
        var templates = await DigestTemplateSetting.OpenAsync(settings.Templates, session.Storage, cancellationToken);
        return Create(session.Storage, settings.Runtime, settings.Smtp, settings.Digest, templates, settings.Parsing);
    }

    public static ServiceProvider Create(
        DigestStorage storage,
        LocalRuntimeOptions options,
        SmtpOptions? smtp = null,
        DigestOptions? digest = null,
        ITemplateSource? templates = null,
        ArticleParserOptions? parsing = null) =>
        new ServiceCollection()
            .AddLogging(Configure)
            .AddDigestPipeline(_ => storage, smtp, digest, templates, parsing)
            .AddLocalRuntime(options)
            .BuildServiceProvider();

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
