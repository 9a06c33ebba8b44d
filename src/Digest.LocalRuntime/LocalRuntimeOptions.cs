using Digest.LocalRuntime.Hosting;
using Digest.Storage.Digests;

namespace Digest.LocalRuntime;

/// <summary>Settings of the local Functions runtime; the names match the Functions app's settings where both have one.</summary>
public sealed record LocalRuntimeOptions
{
    /// <summary>When the digest is built: the <c>DigestSchedule</c> setting in <c>WEBSITE_TIME_ZONE</c>, as the timer trigger reads them.</summary>
    public DigestSchedule Schedule { get; init; } = DigestSchedule.Default;

    /// <summary>How often the <c>articles</c> container is scanned for new or changed blobs.</summary>
    public TimeSpan ArticleScanInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before an article is recorded as poison: host.json's <c>poisonBlobThreshold</c>.</summary>
    public int MaxAttempts { get; init; } = HostJsonSettings.Embedded.PoisonBlobThreshold;

    /// <summary>Articles processed at once: host.json's <c>maxDegreeOfParallelism</c>.</summary>
    public int MaxParallelArticles { get; init; } = HostJsonSettings.Embedded.MaxDegreeOfParallelism;

    /// <summary>The options with host.json's shared settings (after app-setting overrides) applied.</summary>
    public LocalRuntimeOptions With(HostJsonSettings host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return this with { MaxAttempts = host.PoisonBlobThreshold, MaxParallelArticles = host.MaxDegreeOfParallelism };
    }
}
