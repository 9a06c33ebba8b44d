namespace Digest.LocalRuntime.Blobs;

/// <summary>
/// Where the article scanner is, kept in the runtime container so a restart goes on from there instead of checking every
/// article in the container again.
/// </summary>
/// <param name="Watermark">
/// Articles last modified before this were all seen by a completed sweep: the server's time when that sweep started, less
/// <see cref="LocalRuntimeOptions.ArticleScanClockMargin"/>. Null until a sweep has completed.
/// </param>
/// <param name="SweepStartedAt">The server's time when the sweep under way started; null between sweeps.</param>
/// <param name="SweepContinuation">Where the sweep under way goes on; null when the next page starts a sweep.</param>
/// <param name="TailContinuation">
/// Where the last page of the container started when a sweep last reached it: listing from there every scan finds
/// articles whose names sort after the rest at once, however big the container is.
/// </param>
/// <param name="Retries">Versions that failed, or that another runtime held, and are to be tried again.</param>
public sealed record ArticleScanState(
    DateTimeOffset? Watermark,
    DateTimeOffset? SweepStartedAt,
    string? SweepContinuation,
    string? TailContinuation,
    IReadOnlyList<ArticleVersion> Retries)
{
    public static ArticleScanState Initial { get; } = new(null, null, null, null, []);
}
