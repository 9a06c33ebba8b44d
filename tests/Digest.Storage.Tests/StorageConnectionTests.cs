using Microsoft.Extensions.Configuration;

namespace Digest.Storage.Tests;

public sealed class StorageConnectionTests
{
    [Fact]
    public void Opens_the_account_of_a_connection_string()
    {
        var storage = StorageConnection.Open(Configuration(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));

        Assert.Equal("devstoreaccount1", storage.Service.AccountName);
        Assert.Equal("articles", storage.Articles.Name);
    }

    [Fact]
    public void Opens_the_account_of_identity_based_settings()
    {
        var storage = StorageConnection.Open(Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stdigest.blob.core.windows.net/",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal(new Uri("https://stdigest.blob.core.windows.net/"), storage.Service.Uri);
    }

    [Fact]
    public void Derives_the_blob_endpoint_from_an_account_name()
    {
        var storage = StorageConnection.Open(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "stdigest" }));

        Assert.Equal(new Uri("https://stdigest.blob.core.windows.net/"), storage.Service.Uri);
    }

    [Fact]
    public void Says_which_settings_are_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.Open(Configuration([])));

        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
