using Digest.Application.Deliver;
using Digest.Core.Digests;
using Digest.Core.Parsing;
using Digest.LocalRuntime;
using Digest.LocalRuntime.Hosting;
using Digest.Storage.Articles;
using Digest.Storage.Digests;
using Digest.Storage.Settings;
using Digest.Storage.Templates;
using Microsoft.Extensions.Configuration;

namespace Digest.Cli.Hosting;

/// <summary>
/// Settings read the way the Functions app reads them: environment variables, and the <c>Values</c> of a
/// <c>local.settings.json</c> in the current directory as Core Tools does.
/// </summary>
public sealed record CliSettings(
    string? StorageConnection,
    LocalRuntimeOptions Runtime,
    SmtpOptions? Smtp = null,
    IReadOnlyDictionary<string, string?>? StorageIdentity = null,
    DigestOptions? Digest = null,
    string? Templates = null,
    ArticleParserOptions? Parsing = null,
    WebhookOptions? Webhook = null)
{
    private static readonly string[] IdentityKeys = ["blobServiceUri", "accountName", "credential", "clientId"];


    public static CliSettings Load() => From(Configuration());

    /// <summary>Only the digest's settings, for offline commands that neither store nor mail and so must not fail on those settings.</summary>
    /// <summary>The parser the parsing settings ask for, for offline commands.</summary>
    public static ArticleParser LoadParser()
    {
        var configuration = Configuration();
        return new ArticleParser(ArticleSettings.Read(key => configuration[key] ?? configuration["Values:" + key]));
    }

    public static DigestComposer LoadComposer()
    {
        var configuration = Configuration();
        string? Read(string key) => configuration[key] ?? configuration["Values:" + key];
        var templates = Read(SettingNames.DigestTemplates);
        return new DigestComposer(
            DigestTemplateSetting.OpenFolder(templates) ?? throw new FormatException($"{SettingNames.DigestTemplates} \"{templates}\" is not a folder here; commands without storage read templates from a folder only."),
            DigestSettings.Read(Read));
    }

    private static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("local.settings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    public static CliSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? Read(string key) => configuration[key] ?? configuration["Values:" + key];

        // host.json's trigger settings, with the AzureFunctionsJobHost__ overrides the Functions host would apply.
        var runtime = new LocalRuntimeOptions { Schedule = DigestSchedule.Read(Read) }
            .With(HostJsonSettings.Embedded.WithOverrides(Read));

        if (SettingValue.Seconds(Read, SettingNames.ArticleScanIntervalSeconds) is { } interval)
        {
            runtime = runtime with { ArticleScanInterval = interval };
        }

        // Environment variables spell sections with "__" (configuration turns them into ":"); a local.settings.json
        // Values entry keeps the flat name as written.
        var smtp = SmtpOptions.Read(flat => Read(flat.Replace("__", ":", StringComparison.Ordinal)) ?? Read(flat));

        // Identity-based storage, as the Functions app reads it: AzureWebJobsStorage__blobServiceUri and friends.
        var identity = IdentityKeys
            .Select(key => (Key: $"{SettingNames.Storage}:{key}", Value: Read($"{SettingNames.Storage}:{key}") ?? Read($"{SettingNames.Storage}__{key}")))
            .Where(entry => !string.IsNullOrWhiteSpace(entry.Value))
            .ToDictionary(entry => entry.Key, entry => entry.Value);
        return new CliSettings(
            Read(SettingNames.Storage), runtime, smtp, identity.Count == 0 ? null : identity, DigestSettings.Read(Read), Read(SettingNames.DigestTemplates), ArticleSettings.Read(Read),
            WebhookOptions.Read(Read));
    }
}
