using System.Net;
using System.Net.Sockets;

namespace Councils.Browser.Tests.Support;

/// <summary>Free loopback ports, for servers whose address must be known before they start.</summary>
public static class FreePort
{
    /// <summary>A loopback URL on a port the system just reported free.</summary>
    public static string LoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
