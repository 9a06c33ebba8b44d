using Digest.Core.Stories;

namespace Digest.Core.Digests;

/// <summary>
/// What counts as new in a digest: an article that arrived after the previous digest, whatever its publication date,
/// when the runtime knows when each article arrived; otherwise one published on or after the previous digest's day.
/// </summary>
/// <param name="Since">The previous digest's cut-off; null when everything is new.</param>
/// <param name="Arrivals">When each article (by name) was first found by a digest run; null or missing when unknown.</param>
public sealed record NewsCutoff(DateTimeOffset? Since, IReadOnlyDictionary<string, DateTimeOffset>? Arrivals = null)
{
    /// <summary>The day of the cut-off, or null when everything is new.</summary>
    public DateOnly? SinceDay => Since is { } since ? DateOnly.FromDateTime(since.UtcDateTime) : null;

    /// <summary>Whether the article is news since the cut-off: it arrived after it, or, arrival unknown, was published since.</summary>
    public bool IsNew(string name, EventDate? published) =>
        Since is not { } since
        || (Arrivals is not null && Arrivals.TryGetValue(name, out var arrived) ? arrived > since : StoryNews.IsNew(published, SinceDay));
}
