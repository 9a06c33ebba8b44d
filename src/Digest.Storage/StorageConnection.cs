using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Digest.Storage.Settings;
using Microsoft.Extensions.Configuration;

namespace Digest.Storage;

/// <summary>
/// Opens the storage account named by a Functions-style connection setting: a connection string in
/// <c>AzureWebJobsStorage</c>, or identity-based <c>AzureWebJobsStorage__blobServiceUri</c> /
/// <c>__accountName</c> with <c>__credential=managedidentity</c> and <c>__clientId</c>, as the Functions host reads them.
/// </summary>
public static class StorageConnection
{
    public static DigestStorage Open(IConfiguration configuration, string setting = SettingNames.Storage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[setting] is { Length: > 0 } connectionString)
        {
            return new DigestStorage(new BlobServiceClient(connectionString));
        }

        var section = configuration.GetSection(setting);
        var serviceUri = section["blobServiceUri"] is { Length: > 0 } uri
            ? new Uri(uri)
            : section["accountName"] is { Length: > 0 } account
                ? new Uri($"https://{account}.blob.core.windows.net")
                : throw new InvalidOperationException(
                    $"No storage configured: set {setting} to a connection string (UseDevelopmentStorage=true for Azurite), " +
                    $"or {setting}__blobServiceUri (or {setting}__accountName) for identity-based access.");
        return new DigestStorage(new BlobServiceClient(serviceUri, Credential(section)));
    }

    private static TokenCredential Credential(IConfigurationSection section) =>
        string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(section["clientId"] is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
}
