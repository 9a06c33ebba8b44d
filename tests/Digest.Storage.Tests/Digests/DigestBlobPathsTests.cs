using Digest.Storage.Digests;

namespace Digest.Storage.Tests.Digests;

public sealed class DigestBlobPathsTests
{
    [Fact]
    public void Names_blobs_by_the_period_in_utc()
    {
        var paths = DigestBlobPaths.For(new DateTimeOffset(2021, 2, 20, 8, 5, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DigestBlobPaths("2021/02/20/0705.html", "2021/02/20/0705.txt", "2021/02/20/0705.json", "2021/02/20/0705.full.html"), paths);
    }
}
