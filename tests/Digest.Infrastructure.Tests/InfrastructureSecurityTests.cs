namespace Digest.Infrastructure.Tests;

public sealed class InfrastructureSecurityTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void Storage_refuses_shared_keys_old_tls_and_public_blobs()
    {
        var properties = template.Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void Containers_are_private()
    {
        var containers = template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        var names = template.ModuleVariables["digestContainerNames"]!.AsArray().Select(name => (string?)name);

        Assert.Equal(2, containers.Count);
        Assert.All(containers, container => Assert.Equal("None", (string?)container["properties"]!["publicAccess"]));
        Assert.Equal(["articles", "summaries", "digests", "articles-poison", "digest-runtime"], names);
        Assert.Equal("events-deadletter", (string?)template.ModuleVariables["eventDeadLetterContainerName"]);
    }

    [Fact]
    public void Nothing_is_derived_from_account_keys()
    {
        Assert.DoesNotContain("listKeys(", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", template.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listSecrets(", template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Host_storage_uses_the_identity_not_a_connection_string()
    {
        var settings = (string)template.Single("Microsoft.Web/sites/config")["properties"]!;

        Assert.Contains("'AzureWebJobsStorage__credential', 'managedidentity'", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__blobServiceUri'", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("'AzureWebJobsStorage',", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Smtp_password_is_only_a_key_vault_reference()
    {
        var settings = (string)template.Single("Microsoft.Web/sites/config")["properties"]!;
        var password = template.Root["parameters"]!["smtpPassword"]!;

        Assert.Contains("'Smtp__Password', format('@Microsoft.KeyVault(SecretUri={0}secrets/smtp-password/)'", settings, StringComparison.Ordinal);
        Assert.Equal("securestring", (string?)password["type"]);
        Assert.DoesNotContain("'Smtp__Password', parameters(", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_url_is_only_a_key_vault_reference()
    {
        var settings = (string)template.Single("Microsoft.Web/sites/config")["properties"]!;
        var url = template.Root["parameters"]!["webhookUrl"]!;

        Assert.Contains("'DigestWebhookUrl', format('@Microsoft.KeyVault(SecretUri={0}secrets/digest-webhook-url/)'", settings, StringComparison.Ordinal);
        Assert.Equal("securestring", (string?)url["type"]);
        Assert.DoesNotContain("'DigestWebhookUrl', parameters(", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Function_identity_gets_blob_queue_and_table_data_roles()
    {
        var roles = (string)template.ModuleVariables["functionStorageRoles"]!.ToJsonString();

        Assert.Contains("storageBlobDataOwner", roles, StringComparison.Ordinal);
        Assert.Contains("storageQueueDataContributor", roles, StringComparison.Ordinal);
        Assert.Contains("storageTableDataContributor", roles, StringComparison.Ordinal);
        Assert.Equal("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", (string?)template.ModuleVariables["storageBlobDataOwner"]);
        Assert.Equal("974c5e8b-45b9-4653-ba55-5f855dd0fb88", (string?)template.ModuleVariables["storageQueueDataContributor"]);
        Assert.Equal("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", (string?)template.ModuleVariables["storageTableDataContributor"]);
    }

    [Fact]
    public void Function_app_runs_on_flex_consumption_with_its_own_identity_over_https()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");
        var app = template.Single("Microsoft.Web/sites");

        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        Assert.True((bool)app["properties"]!["httpsOnly"]!);
        Assert.Equal("dotnet-isolated", (string?)app["properties"]!["functionAppConfig"]!["runtime"]!["name"]);
        Assert.Contains("'azd-service-name', 'functions'", (string)app["tags"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Blob_events_come_from_an_event_grid_system_topic_on_the_account()
    {
        var topic = template.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
    }

    [Fact]
    public void Application_insights_accepts_only_entra_authentication()
    {
        var insights = template.Single("Microsoft.Insights/components");

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
    }
}
