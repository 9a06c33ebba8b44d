using Azure.Storage.Blobs.Models;

namespace Digest.LocalRuntime.Blobs;

/// <summary>One page of a listing of the articles container.</summary>
/// <param name="Continuation">Where this page started (null: at the top).</param>
/// <param name="Items">The blobs on it, in name order.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
/// <param name="ServerTime">The server's time when it answered.</param>
internal sealed record ArticleListingPage(string? Continuation, IReadOnlyList<BlobItem> Items, string? Next, DateTimeOffset ServerTime);
