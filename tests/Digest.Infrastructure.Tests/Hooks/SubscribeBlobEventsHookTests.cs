namespace Digest.Infrastructure.Tests.Hooks;

/// <summary>
/// The postdeploy hook that subscribes ParseArticle to blob events, in both shells azd runs it in, against a stub
/// <c>az</c>: the webhook URL must reach az whole, and a failed az call must fail the hook rather than report success.
/// </summary>
public sealed class SubscribeBlobEventsHookTests : IDisposable
{
    private const string Key = "k3y-with/slash==";
    private const string Host = "func-digest-abc.azurewebsites.net";
    private const string DeadLetter = "/subscriptions/s/resourceGroups/rg-test/providers/Microsoft.Storage/storageAccounts/stdigestabc/blobServices/default/containers/events-deadletter";
    private const string Endpoint = $"https://{Host}/runtime/webhooks/blobs?functionName=Host.Functions.ParseArticle&code={Key}";

    private readonly HookRunner runner = new();

    public static TheoryData<string> Hooks => new() { "subscribe-blob-events.sh", "subscribe-blob-events.ps1" };

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Passes_the_webhook_url_with_its_key_as_one_argument(string hook)
    {
        var result = Run(hook);

        Assert.True(result.ExitCode == 0, result.ToString());
        var create = Assert.Single(result.CallsTo("eventgrid", "system-topic", "event-subscription", "create"));
        Assert.Equal(Endpoint, create.Option("--endpoint"));
        Assert.Equal("webhook", create.Option("--endpoint-type"));
        Assert.Equal("/blobServices/default/containers/articles/", create.Option("--subject-begins-with"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Takes_only_the_events_of_calls_that_complete_a_blob(string hook)
    {
        var result = Run(hook);

        var create = Assert.Single(result.CallsTo("eventgrid", "system-topic", "event-subscription", "create"));
        Assert.Equal(["data.api", "StringIn", "PutBlob", "PutBlockList", "CopyBlob", "FlushWithClose"], create.Values("--advanced-filter"));
        Assert.Equal(["Microsoft.Storage.BlobCreated"], create.Values("--included-event-types"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Dead_letters_undeliverable_events_as_the_topic_identity(string hook)
    {
        var result = Run(hook);

        var create = Assert.Single(result.CallsTo("eventgrid", "system-topic", "event-subscription", "create"));
        Assert.Equal("systemassigned", create.Option("--deadletter-identity"));
        Assert.Equal(DeadLetter, create.Option("--deadletter-identity-endpoint"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Fails_when_the_subscription_cannot_be_created(string hook)
    {
        var result = Run(hook, ("STUB_AZ_FAIL", "eventgrid system-topic event-subscription create"));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.DoesNotContain("ParseArticle receives", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Fails_without_subscribing_when_the_app_cannot_be_read(string hook)
    {
        var result = Run(hook, ("STUB_AZ_FAIL", "functionapp show"));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.CallsTo("eventgrid"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Fails_when_the_blob_extension_key_never_appears(string hook)
    {
        var result = Run(hook, ("STUB_AZ_KEY", ""));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal(30, result.CallsTo("functionapp", "keys", "list").Count());
        Assert.Empty(result.CallsTo("eventgrid"));
    }

    [Theory]
    [MemberData(nameof(Hooks))]
    public void Refuses_to_run_without_the_dead_letter_endpoint(string hook)
    {
        var result = Run(hook, ("AZURE_EVENT_DEAD_LETTER_ENDPOINT", ""));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(result.Calls);
    }

    [Fact]
    public void Windows_hook_quotes_the_url_for_the_batch_file_az()
    {
        // az is az.cmd on Windows, where cmd.exe would end the command at the URL's '&'. Only Windows runs that
        // branch, so it is held here by reading.
        var script = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "infra", "hooks", "subscribe-blob-events.ps1"));

        Assert.Contains("$az.Extension -in '.cmd', '.bat'", script, StringComparison.Ordinal);
        Assert.Contains("return \"`\"$value`\"\"", script, StringComparison.Ordinal);
        Assert.Contains("--endpoint (ConvertTo-AzArgument $endpoint)", script, StringComparison.Ordinal);
    }

    public void Dispose() => runner.Dispose();

    private HookResult Run(string hook, params (string Name, string Value)[] overrides)
    {
        var environment = new Dictionary<string, string>
        {
            ["AZURE_RESOURCE_GROUP"] = "rg-test",
            ["AZURE_FUNCTION_APP_NAME"] = "func-digest-abc",
            ["AZURE_EVENT_GRID_TOPIC_NAME"] = "evgt-digest-abc",
            ["AZURE_EVENT_DEAD_LETTER_ENDPOINT"] = DeadLetter,
            ["STUB_AZ_KEY"] = Key,
            ["STUB_AZ_HOST"] = Host,
            ["DIGEST_HOOK_RETRY_SECONDS"] = "0",
        };
        foreach (var (name, value) in overrides)
        {
            environment[name] = value;
        }

        return hook.EndsWith(".ps1", StringComparison.Ordinal)
            ? runner.RunPowerShell(hook, environment)
            : runner.RunShell(hook, environment);
    }
}
