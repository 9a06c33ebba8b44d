using Digest.Application.Deliver;

namespace Digest.Application.Tests.Deliver;

public sealed class WebhookOptionsTests
{
    private const string SlackLike = "https://hooks.example.com/services/T0001/B0002/secret-token";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Unset_turns_the_channel_off(string? value)
    {
        Assert.Null(WebhookOptions.Read(_ => value));
    }

    [Fact]
    public void Reads_an_https_url_with_the_default_attempts()
    {
        var options = WebhookOptions.Read(name => name == "DigestWebhookUrl" ? " " + SlackLike + " " : null);

        Assert.Equal(new Uri(SlackLike), options?.Url);
        Assert.Equal(WebhookOptions.DefaultMaxAttempts, options?.MaxAttempts);
    }

    [Fact]
    public void Accepts_plain_http_to_this_machine_only()
    {
        Assert.NotNull(WebhookOptions.Read(_ => "http://localhost:8080/hook"));
        Assert.NotNull(WebhookOptions.Read(_ => "http://127.0.0.1:8080/hook"));
        Assert.Throws<FormatException>(() => WebhookOptions.Read(_ => "http://hooks.example.com/services/secret-token"));
    }

    [Theory]
    [InlineData("hooks.example.com/services/secret-token")]
    [InlineData("ftp://hooks.example.com/secret-token")]
    [InlineData("not a url secret-token")]
    public void A_url_that_is_not_https_names_the_setting_but_never_repeats_the_value(string value)
    {
        var error = Assert.Throws<FormatException>(() => WebhookOptions.Read(_ => value));

        Assert.Contains("DigestWebhookUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_only_the_host()
    {
        var options = new WebhookOptions(new Uri(SlackLike));

        Assert.Equal("hooks.example.com", options.Host);
        Assert.DoesNotContain("secret-token", options.ToString(), StringComparison.Ordinal);
        Assert.Equal("localhost:8080", new WebhookOptions(new Uri("http://localhost:8080/x")).Host);
    }
}
