using System.Net;
using System.Net.Sockets;

namespace Digest.IntegrationTests.TestSupport;

/// <summary>Ports nothing listens on, for servers that cannot be told to pick their own, and for "the server is down".</summary>
public static class FreePort
{
    /// <summary>A port the OS just handed out and we released; another process could take it, so callers retry on conflict.</summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
