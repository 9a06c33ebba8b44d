using Digest.Core.Digests;

namespace Digest.Core.Tests.Rendering;

/// <summary>The fixed requests the rendering tests compose digests for.</summary>
internal static class DigestFixtures
{
    public static DateTimeOffset GeneratedAt { get; } = new(2021, 2, 22, 7, 0, 0, TimeSpan.Zero);

    /// <summary>A weekly digest: the previous one went out a week earlier.</summary>
    public static DigestRequest Weekly { get; } = new(GeneratedAt, GeneratedAt.AddDays(-7));

    public static DigestRequest First { get; } = new(GeneratedAt);
}
