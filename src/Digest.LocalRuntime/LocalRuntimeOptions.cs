using Digest.LocalRuntime.Hosting;
using Digest.Storage.Digests;

namespace Digest.LocalRuntime;

/// <summary>Settings of the local Functions runtime; the names match the Functions app's settings where both have one.</summary>
public sealed record LocalRuntimeOptions
{
    /// <summary>When the digest is built: the <c>DigestSchedule</c> setting in <c>WEBSITE_TIME_ZONE</c>, as the timer trigger reads them.</summary>
    public DigestSchedule Schedule { get; init; } = DigestSchedule.Default;

    /// <summary>
    /// How often the <c>articles</c> container is scanned for new or changed blobs: the tail and one page of the sweep, a
    /// request or two, so a new article is summarised within about a second of landing.
    /// </summary>
    public TimeSpan ArticleScanInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Blob names per listing request of the scan: 5,000 is the most the service returns.</summary>
    public int ArticleScanPageSize { get; init; } = 5_000;

    /// <summary>
    /// How far the scan's watermark stays behind the server's time at the start of the sweep that set it: the server's clock
    /// is read to the second, and its front ends' clocks may differ a little. Costs only a second look at a minute's uploads.
    /// </summary>
    public TimeSpan ArticleScanClockMargin { get; init; } = TimeSpan.FromMinutes(1);

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
