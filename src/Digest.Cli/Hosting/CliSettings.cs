using System.Globalization;
using Digest.Core.Rendering;
using Digest.LocalRuntime;
using Digest.Storage.Delivery;
using Digest.Storage.Digests;
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
    DigestOptions? Digest = null)
{
    private static readonly string[] IdentityKeys = ["blobServiceUri", "accountName", "credential", "clientId"];

    public const string StorageKey = "AzureWebJobsStorage";
    public const string ScheduleKey = "DigestSchedule";
    public const string ScanIntervalKey = "ArticleScanIntervalSeconds";

    public static CliSettings Load() => From(Configuration());

    /// <summary>Only the digest's settings, for offline commands that neither store nor mail and so must not fail on those settings.</summary>
    public static DigestOptions LoadDigestOptions()
    {
        var configuration = Configuration();
        return DigestSettings.Read(key => configuration[key] ?? configuration["Values:" + key]);
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

        var runtime = new LocalRuntimeOptions();
        if (Read(ScheduleKey) is { Length: > 0 } schedule)
        {
            runtime = runtime with { DigestSchedule = schedule };
        }

        if (Read(ScanIntervalKey) is { Length: > 0 } interval)
        {
            if (!double.TryParse(interval, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                throw new FormatException($"{ScanIntervalKey} must be a positive number of seconds, not \"{interval}\".");
            }

            runtime = runtime with { ArticleScanInterval = TimeSpan.FromSeconds(seconds) };
        }

        // Environment variables spell sections with "__" (configuration turns them into ":"); a local.settings.json
        // Values entry keeps the flat name as written.
        var smtp = SmtpOptions.Read(flat => Read(flat.Replace("__", ":", StringComparison.Ordinal)) ?? Read(flat));

        // Identity-based storage, as the Functions app reads it: AzureWebJobsStorage__blobServiceUri and friends.
        var identity = IdentityKeys
            .Select(key => (Key: $"{StorageKey}:{key}", Value: Read($"{StorageKey}:{key}") ?? Read($"{StorageKey}__{key}")))
            .Where(entry => !string.IsNullOrWhiteSpace(entry.Value))
            .ToDictionary(entry => entry.Key, entry => entry.Value);
        return new CliSettings(Read(StorageKey), runtime, smtp, identity.Count == 0 ? null : identity, DigestSettings.Read(Read));
    }
}
