using Digest.LocalRuntime.Timers;

namespace Digest.IntegrationTests.Timers;

public sealed class TimerRetryPolicyTests
{
    [Fact]
    public void Waits_double_each_retry_from_the_minimum_up_to_the_maximum()
    {
        var policy = new TimerRetryPolicy(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)],
            Enumerable.Range(1, 5).Select(retry => policy.DelayBefore(retry)!.Value));
    }

    [Fact]
    public void No_retry_is_left_after_the_last()
    {
        Assert.Null(TimerRetryPolicy.BuildDigest.DelayBefore(TimerRetryPolicy.BuildDigest.MaxRetryCount + 1));
    }

    [Fact]
    public void Build_digest_retries_as_its_function_attribute_says()
    {
        Assert.Equal(new TimerRetryPolicy(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10)), TimerRetryPolicy.BuildDigest);
    }
}
