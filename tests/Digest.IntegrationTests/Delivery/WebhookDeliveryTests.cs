using System.Text.Json.Nodes;
using Digest.Application.Deliver;
using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Digests;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Digest.IntegrationTests.Delivery;

/// <summary>The webhook channel against a real local HTTP server (WireMock.Net) and real storage (Azurite).</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Period = new(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);

    // The path stands for the token a Slack or Teams URL carries: it must never reach a log line.
    private const string SecretPath = "/services/T0001/B0002/secret-token-xyz";

    private readonly RuntimeHarness _harness = new();
    private WireMockServer _receiver = null!;

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        _receiver = WireMockServer.Start();
        foreach (var seed in RuntimeHarness.SeedNames())
        {
            await _harness.UploadSeedAsync(seed);
        }

        await _harness.NewScanner().ScanOnceAsync(default);
    }

    public async Task DisposeAsync()
    {
        _receiver.Stop();
        _receiver.Dispose();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Posts_the_digest_once_with_its_subject_as_text_and_its_json_model()
    {
        Answer(200);

        var publication = await _harness.NewPublisher(webhook: Webhook()).PublishAsync(Period, default);

        var request = Assert.Single(_receiver.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body!)!;
        var text = (string)body["text"]!;
        Assert.StartsWith(publication.Subject + "\n• ", text, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await StoredAsync(publication.Paths.Json)), body["digest"]));
        Assert.Equal([Period], publication.Delivery.Of(WebhookChannel.ChannelName)?.Sent);
        Assert.Contains(RuntimeBlobPaths.Sent(Period, WebhookChannel.ChannelName), await _harness.ListAsync(_harness.Storage.Runtime, "digests/sent-webhook/"));
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefixOf(WebhookChannel.ChannelName)));
    }

    [Fact]
    public async Task Retries_after_a_500_and_posts_the_digest_once()
    {
        _receiver.Given(Request.Create().WithPath(SecretPath).UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        _receiver.Given(Request.Create().WithPath(SecretPath).UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200));

        var publication = await _harness.NewPublisher(webhook: Webhook()).PublishAsync(Period, default);

        Assert.Equal([500, 200], _receiver.LogEntries.Select(entry => entry.ResponseMessage.StatusCode).Cast<int>());
        Assert.Equal([Period], publication.Delivery.Sent);
        Assert.Empty(publication.Delivery.Waiting);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_attempts_keeps_the_digest_queued_and_sends_it_on_the_next_run()
    {
        Answer(503);

        var failed = await _harness.NewPublisher(webhook: Webhook(attempts: 3)).PublishAsync(Period, default);

        Assert.Equal(3, _receiver.LogEntries.Count());
        Assert.Equal([Period], failed.Delivery.Waiting);
        Assert.Contains(RuntimeBlobPaths.Outbox(Period, WebhookChannel.ChannelName), await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefixOf(WebhookChannel.ChannelName)));
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.SentPrefixOf(WebhookChannel.ChannelName)));

        _receiver.Reset();
        Answer(200);
        var later = await _harness.NewPublisher(webhook: Webhook(attempts: 3)).PublishAsync(Period.AddDays(1), default);

        // The next day is quiet (no article arrived), so only the queued digest goes out.
        Assert.Single(_receiver.LogEntries);
        Assert.Equal([Period], later.Delivery.Sent);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefixOf(WebhookChannel.ChannelName)));
    }

    [Fact]
    public async Task A_refusal_other_than_408_or_429_is_not_retried()
    {
        Answer(403);

        var failed = await _harness.NewPublisher(webhook: Webhook()).PublishAsync(Period, default);

        Assert.Single(_receiver.LogEntries);
        Assert.Equal([Period], failed.Delivery.Waiting);
    }

    [Fact]
    public async Task A_429_is_retried_waiting_no_longer_than_the_longest_retry_delay_whatever_retry_after_asks()
    {
        _receiver.Given(Request.Create().WithPath(SecretPath).UsingPost()).InScenario("limited").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));
        _receiver.Given(Request.Create().WithPath(SecretPath).UsingPost()).InScenario("limited").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(200));

        // The clock never moves here: an uncapped wait of an hour would never end.
        var publication = await _harness.NewPublisher(webhook: Webhook() with { MaxRetryDelay = TimeSpan.Zero }).PublishAsync(Period, default);

        Assert.Equal(2, _receiver.LogEntries.Count());
        Assert.Equal([Period], publication.Delivery.Sent);
    }

    [Fact]
    public async Task A_restarted_runtime_never_posts_the_same_period_twice()
    {
        Answer(200);
        await _harness.NewPublisher(webhook: Webhook()).PublishAsync(Period, default);

        // A retry of the same occurrence by a restarted runtime.
        var again = await _harness.NewPublisher(webhook: Webhook()).PublishAsync(Period, default);

        Assert.Single(_receiver.LogEntries);
        Assert.Empty(again.Delivery.Sent);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_hold_back_the_webhook()
    {
        Answer(200);
        var down = new SmtpOptions("127.0.0.1", FreePort.Next(), SmtpTlsMode.None, null, null, "digest@example.org", ["ann@example.org"]);

        var publication = await _harness.NewPublisher(down, webhook: Webhook()).PublishAsync(Period, default);

        Assert.Single(_receiver.LogEntries);
        Assert.Equal([Period], publication.Delivery.Of(WebhookChannel.ChannelName)?.Sent);
        Assert.Equal([Period], publication.Delivery.Of(SmtpChannel.ChannelName)?.Waiting);
        Assert.Contains(RuntimeBlobPaths.Outbox(Period), await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefix));
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.SentPrefix));
    }

    [Fact]
    public async Task Logs_the_webhook_host_but_never_its_url()
    {
        Answer(500);
        var logger = new FakeLogger<Digest.Application.Deliver.DigestDelivery>();
        var delivery = _harness.NewDelivery(smtp: null, Webhook(attempts: 2), logger);
        var paths = DigestBlobPaths.For(Period);
        await _harness.NewPublisher().PublishAsync(Period, default);

        await delivery.DeliverAsync(new PendingDelivery(Period, "Subject", paths.Text, paths.Html, paths.Json), default);

        var entries = logger.Collector.GetSnapshot();
        Assert.Contains(entries, entry => entry.Message.Contains(new Uri(_receiver.Url!).Authority, StringComparison.Ordinal));
        Assert.All(entries, entry => Assert.DoesNotContain("secret-token", entry.Message + entry.Exception, StringComparison.Ordinal));
    }

    private WebhookOptions Webhook(int attempts = WebhookOptions.DefaultMaxAttempts) =>
        new(new Uri(_receiver.Url + SecretPath)) { MaxAttempts = attempts, FirstRetryDelay = TimeSpan.Zero };

    private void Answer(int status) =>
        _receiver.Given(Request.Create().WithPath(SecretPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(status));

    private async Task<string> StoredAsync(string blob) =>
        (await _harness.Storage.Digests.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToString();
}
