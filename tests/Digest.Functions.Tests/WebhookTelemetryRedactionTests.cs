using Digest.Application.Deliver;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Functions.Tests;

public sealed class WebhookTelemetryRedactionTests
{
    private const string Token = "FAKE-WEBHOOK-TOKEN-4419";
    private const string Url = "https://hooks.example.com/services/T0/B0/" + Token;

    [Fact]
    public async Task The_app_posts_to_the_webhook_and_records_the_call_with_the_host_only()
    {
        var settings = FunctionsApp.SampleSettings();
        settings["DigestWebhookUrl"] = Url;
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        await builder.AddDigestFunctionsAsync();
        using var host = builder.Build();
        Assert.Contains(host.Services.GetServices<IDeliveryChannel>(), channel => channel is WebhookChannel { Enabled: true, Destination: "hooks.example.com" });

        // As the dependency collector records an HttpClient call.
        var call = new DependencyTelemetry("Http", "hooks.example.com", "POST /services/T0/B0/" + Token, Url);
        call.Properties["url.full"] = Url;
        foreach (var initializer in host.Services.GetServices<ITelemetryInitializer>())
        {
            initializer.Initialize(call);
        }

        Assert.Equal("POST hooks.example.com", call.Name);
        Assert.Equal("https://hooks.example.com/…", call.Data);
        Assert.DoesNotContain(Token, string.Join(" ", call.Properties.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_calls_are_recorded_as_they_are()
    {
        var redaction = new WebhookTelemetryRedaction(new WebhookOptions(new Uri(Url)));
        var call = new DependencyTelemetry("Azure blob", "account.blob.core.windows.net", "GET /digests/latest.html", "https://account.blob.core.windows.net/digests/latest.html");

        redaction.Initialize(call);

        Assert.Equal("GET /digests/latest.html", call.Name);
        Assert.Equal("https://account.blob.core.windows.net/digests/latest.html", call.Data);
    }
}
