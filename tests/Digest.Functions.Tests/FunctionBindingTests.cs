using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Functions.Tests;

public sealed class FunctionBindingTests
{
    [Fact]
    public void Parse_article_is_an_event_grid_blob_trigger_on_the_articles_container()
    {
        var method = typeof(ParseArticle).GetMethod(nameof(ParseArticle.RunAsync))!;
        var trigger = method.GetParameters()[0].GetCustomAttribute<BlobTriggerAttribute>()!;

        Assert.Equal(nameof(ParseArticle), method.GetCustomAttribute<FunctionAttribute>()!.Name);
        Assert.Equal("articles/{name}", trigger.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }

    [Fact]
    public void Build_digest_runs_on_the_digest_schedule_setting_with_retries()
    {
        var method = typeof(BuildDigest).GetMethod(nameof(BuildDigest.RunAsync))!;
        var trigger = method.GetParameters()[0].GetCustomAttribute<TimerTriggerAttribute>()!;

        Assert.Equal(nameof(BuildDigest), method.GetCustomAttribute<FunctionAttribute>()!.Name);
        Assert.Equal("%DigestSchedule%", trigger.Schedule);
        Assert.NotNull(method.GetCustomAttribute<ExponentialBackoffRetryAttribute>());
    }

    [Fact]
    public void Every_function_resolves_from_the_registered_services()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddDigestFunctions(FunctionsHost.Configuration("UseDevelopmentStorage=true"))
            .BuildServiceProvider();

        Assert.NotNull(ActivatorUtilities.CreateInstance<ParseArticle>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<BuildDigest>(services));
    }
}
