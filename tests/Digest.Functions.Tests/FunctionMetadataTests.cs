using System.Text.Json.Nodes;
using Digest.Storage.Runtime;

namespace Digest.Functions.Tests;

/// <summary>What the host will read: the <c>functions.metadata</c> the worker SDK generates from the app at build time.</summary>
public sealed class FunctionMetadataTests
{
    private readonly JsonArray _functions = FunctionsApp.GeneratedFunctionMetadata();

    [Fact]
    public void Parse_article_is_an_event_grid_blob_trigger_on_the_articles_container()
    {
        var binding = Trigger("ParseArticle");

        Assert.Equal("blobTrigger", (string?)binding["type"]);
        Assert.Equal("articles/{name}", (string?)binding["path"]);
        Assert.Equal("EventGrid", (string?)binding["source"]);
        Assert.Equal("AzureWebJobsStorage", (string?)binding["connection"]);
    }

    [Fact]
    public void Build_digest_is_a_timer_trigger_on_the_digest_schedule_setting()
    {
        var binding = Trigger("BuildDigest");

        Assert.Equal("timerTrigger", (string?)binding["type"]);
        Assert.Equal("%DigestSchedule%", (string?)binding["schedule"]);
    }

    [Fact]
    public void Build_digest_retries_with_the_back_off_the_local_runtime_follows()
    {
        var retry = Function("BuildDigest")["retry"]!;

        Assert.Equal("exponentialBackoff", (string?)retry["strategy"]);
        Assert.Equal(FunctionBindings.DigestMaxRetryCount, (int?)retry["maxRetryCount"]);
        Assert.Equal(FunctionBindings.DigestRetryMinimumInterval, (string?)retry["minimumInterval"]);
        Assert.Equal(FunctionBindings.DigestRetryMaximumInterval, (string?)retry["maximumInterval"]);
    }

    [Fact]
    public void The_app_has_exactly_the_two_functions()
    {
        Assert.Equal(["BuildDigest", "ParseArticle"], _functions.Select(f => (string?)f!["name"]).Order(StringComparer.Ordinal));
    }

    private JsonNode Function(string name) => _functions.Single(f => (string?)f!["name"] == name)!;

    private JsonNode Trigger(string name) =>
        Function(name)["bindings"]!.AsArray().Single(b => ((string?)b!["type"])!.EndsWith("Trigger", StringComparison.Ordinal))!;
}
