using System.Net;
using System.Net.Sockets;

namespace CoachBot.Testing;

/// <summary>Asks the operating system for a loopback port nobody is listening on.</summary>
public static class FreePort
{
    /// <summary>Returns a currently free TCP port on 127.0.0.1.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
