namespace Digest.LocalRuntime.Blobs;

/// <summary>What one scan of the articles container did.</summary>
public sealed record ArticleScanResult(int Processed, int Failed, int Poisoned, int Pending)
{
    public static ArticleScanResult Empty { get; } = new(0, 0, 0, 0);
}
