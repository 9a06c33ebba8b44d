using Digest.Application.Deliver;
using Digest.Storage.Digests;

namespace Digest.Application.Publish;

/// <summary>A digest that has been built and stored, where to find it, and what delivery did with it.</summary>
public sealed record DigestPublication(DateTimeOffset Period, string Subject, int ArticleCount, DigestBlobPaths Paths)
{
    public DeliveryReport Delivery { get; init; } = DeliveryReport.Off;
}
