using Digest.Application.Deliver;
using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;

namespace Digest.Functions;

/// <summary>
/// Keeps the webhook's URL out of Application Insights. Its dependency collector records every outgoing HTTP call with
/// the whole URL (as data) and its path (in the name), and a Slack or Teams webhook's path is its token; the call to
/// the webhook is recorded with its host only.
/// </summary>
public sealed class WebhookTelemetryRedaction(WebhookOptions webhook) : ITelemetryInitializer
{
    private readonly string _secretPath = webhook.Url.PathAndQuery;

    public void Initialize(ITelemetry telemetry)
    {
        if (telemetry is not DependencyTelemetry dependency || !Mentions(dependency))
        {
            return;
        }

        var shown = $"{webhook.Url.Scheme}://{webhook.Host}/…";
        dependency.Data = shown;
        dependency.Name = $"POST {webhook.Host}";
        foreach (var key in dependency.Properties.Where(property => Reveals(property.Value)).Select(property => property.Key).ToList())
        {
            dependency.Properties[key] = shown;
        }
    }

    private bool Mentions(DependencyTelemetry dependency) =>
        Reveals(dependency.Data) || Reveals(dependency.Name) || dependency.Properties.Values.Any(Reveals);

    // A root path carries no token, and would match every call.
    private bool Reveals(string? text) =>
        _secretPath.Length > 1 && text?.Contains(_secretPath, StringComparison.Ordinal) == true;
}
