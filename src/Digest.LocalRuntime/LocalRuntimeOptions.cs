namespace Digest.LocalRuntime;

/// <summary>Settings of the local Functions runtime; the names match the Functions app's settings where both have one.</summary>
public sealed record LocalRuntimeOptions
{
    /// <summary>NCrontab expression with seconds, as the <c>DigestSchedule</c> app setting.</summary>
    public string DigestSchedule { get; init; } = Digest.Storage.Digests.DigestSchedule.DefaultExpression;

    /// <summary>How often the <c>articles</c> container is scanned for new or changed blobs.</summary>
    public TimeSpan ArticleScanInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before an article is recorded as poison; the Functions host's default is 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Articles processed at once.</summary>
    public int MaxParallelArticles { get; init; } = 4;
}
