using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Digest.Application.Deliver;

/// <summary>
/// Posts each digest to <c>DigestWebhookUrl</c> as <see cref="WebhookPayload"/> JSON. Within one run an attempt that
/// fails for a passing reason — a 5xx, 408 or 429 answer, a network error, no answer in time — is retried with
/// exponential back-off; any other 4xx fails the run at once, as asking again would be answered alike.
/// </summary>
public sealed class WebhookChannel : IDeliveryChannel
{
    /// <summary>The named <see cref="HttpClient"/>, registered without the factory's request logging, which would log the secret URL.</summary>
    public const string HttpClientName = "DigestWebhook";

    public const string ChannelName = "webhook";

    private readonly WebhookOptions? _options;
    private readonly IHttpClientFactory _clients;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public WebhookChannel(WebhookOptions? options, IHttpClientFactory clients, TimeProvider timeProvider)
    {
        _options = options;
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _pipeline = options is null ? ResiliencePipeline<HttpResponseMessage>.Empty : Pipeline(options, timeProvider);
    }

    public string Name => ChannelName;

    public string Destination => _options?.Host ?? "(off)";

    public bool Enabled => _options is not null;

    public async Task<SentDigest> SendAsync(StoredDigest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var options = _options ?? throw new InvalidOperationException($"The {ChannelName} channel is off.");
        var body = WebhookPayload.Of(digest);
        var client = _clients.CreateClient(HttpClientName);
        using var response = await _pipeline.ExecuteAsync(
            async token =>
            {
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                return await client.PostAsync(options.Url, content, token);
            },
            cancellationToken);

        // Its message names the status only, never the URL.
        response.EnsureSuccessStatusCode();
        return new SentDigest(digest.Period, digest.Subject, string.Empty, [options.Host], _timeProvider.GetUtcNow());
    }

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(WebhookOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new HttpRetryStrategyOptions
            {
                // The predicates retry 5xx, 408, 429, HttpRequestException and an attempt's timeout; nothing else.
                MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,

                // Polly's own Retry-After reading is not capped by MaxDelay; this one is.
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result, options.MaxRetryDelay, timeProvider)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>The wait a Retry-After header asks for, at most <paramref name="longest"/>; null without one, for the back-off's own delay.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan longest, TimeProvider timeProvider)
    {
        var asked = response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return asked is { } wait ? TimeSpan.FromTicks(Math.Clamp(wait.Ticks, 0, longest.Ticks)) : null;
    }
}
