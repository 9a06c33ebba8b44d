using Digest.Storage.Runtime;

namespace Digest.Storage.Tests.Runtime;

public sealed class RuntimeBlobPathsTests
{
    private static readonly DateTimeOffset Period = new(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Email_keeps_the_paths_a_deployed_runtime_wrote_its_markers_under()
    {
        Assert.Equal("digests/outbox/2021/02/20/0700.json", RuntimeBlobPaths.Outbox(Period, RuntimeBlobPaths.EmailChannel));
        Assert.Equal("digests/sent/2021/02/20/0700.json", RuntimeBlobPaths.Sent(Period, RuntimeBlobPaths.EmailChannel));
        Assert.Equal(RuntimeBlobPaths.Sent(Period), RuntimeBlobPaths.Sent(Period, RuntimeBlobPaths.EmailChannel));
    }

    [Fact]
    public void Another_channel_has_an_outbox_and_markers_of_its_own_outside_the_emails()
    {
        Assert.Equal("digests/outbox-webhook/2021/02/20/0700.json", RuntimeBlobPaths.Outbox(Period, "webhook"));
        Assert.Equal("digests/sent-webhook/2021/02/20/0700.json", RuntimeBlobPaths.Sent(Period, "webhook"));

        // Listing the e-mail's prefix must not pick up another channel's entries.
        Assert.False(RuntimeBlobPaths.Sent(Period, "webhook").StartsWith(RuntimeBlobPaths.SentPrefix, StringComparison.Ordinal));
        Assert.False(RuntimeBlobPaths.Outbox(Period, "webhook").StartsWith(RuntimeBlobPaths.OutboxPrefix, StringComparison.Ordinal));
    }
}
