namespace Digest.LocalRuntime.Blobs;

/// <summary>Where one article version stands: done, waiting for another attempt, or given up on.</summary>
public enum BlobReceiptStatus
{
    Failed,
    Completed,
    Poisoned,
}
