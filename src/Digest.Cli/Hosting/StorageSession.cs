using System.Net.Sockets;
using Digest.LocalRuntime.Azurite;
using Digest.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Digest.Cli.Hosting;

/// <summary>
/// The storage a command works against: the configured account, or development storage — the Azurite already
/// listening on 127.0.0.1:10000, or one started from <c>node_modules</c> for the command's lifetime.
/// </summary>
public sealed partial class StorageSession : IAsyncDisposable
{
    private const string DevelopmentStorage = "UseDevelopmentStorage=true";
    private const int DefaultBlobPort = 10000;

    private readonly AzuriteServer? _azurite;

    private StorageSession(DigestStorage storage, AzuriteServer? azurite)
    {
        Storage = storage;
        _azurite = azurite;
    }

    public DigestStorage Storage { get; }

    public static async Task<StorageSession> OpenAsync(CliSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var logger = loggers.CreateLogger<StorageSession>();
        var connection = settings.StorageConnection;
        AzuriteServer? azurite = null;
        if (string.IsNullOrWhiteSpace(connection) && settings.StorageIdentity is { } identity)
        {
            var account = StorageConnection.Open(new ConfigurationBuilder().AddInMemoryCollection(identity).Build());
            await account.OpenAsync(cancellationToken);
            return new StorageSession(account, null);
        }

        if (string.IsNullOrWhiteSpace(connection) || connection.Trim().Equals(DevelopmentStorage, StringComparison.OrdinalIgnoreCase))
        {
            if (await IsListeningAsync(DefaultBlobPort, cancellationToken))
            {
                LogUsingRunningAzurite(logger, DefaultBlobPort);
            }
            else
            {
                var dataDirectory = Path.GetFullPath(".azurite");
                azurite = await AzuriteServer.StartAsync(dataDirectory, DefaultBlobPort, DefaultBlobPort + 1, DefaultBlobPort + 2, cancellationToken);
                LogStartedAzurite(logger, azurite.BlobPort, dataDirectory);
            }

            connection = AzuriteServer.ConnectionStringFor(DefaultBlobPort);
        }

        var storage = DigestStorage.FromConnectionString(connection);
        try
        {
            await storage.OpenAsync(cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
        return new StorageSession(storage, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the Azurite already listening on 127.0.0.1:{Port}")]
    private static partial void LogUsingRunningAzurite(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started Azurite on 127.0.0.1:{Port} with data in {Directory}; it stops when this command exits")]
    private static partial void LogStartedAzurite(ILogger logger, int port, string directory);
}
