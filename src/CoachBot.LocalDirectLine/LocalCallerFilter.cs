using System.Net;

namespace CoachBot.DirectLine;

/// <summary>
/// Refuses callers from other machines with 403. The local Direct Line has no real
/// authentication, so by default only this machine may use it. The Connector side, where the bot
/// posts its replies, is always restricted to this machine and to the host calling itself (its
/// serviceUrl is its own connection address, which need not be loopback, for example in a container).
/// </summary>
public sealed class LocalCallerFilter : IEndpointFilter
{
    private readonly bool _allowRemote;

    /// <summary>Creates the filter; <paramref name="allowRemote"/> lets every caller through.</summary>
    public LocalCallerFilter(bool allowRemote) => _allowRemote = allowRemote;

    /// <summary>Whether the connection comes from this machine (or has no address: an in-memory test server).</summary>
    public static bool IsLocal(ConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var remote = Unmapped(connection.RemoteIpAddress);
        return remote is null || IPAddress.IsLoopback(remote) || remote.Equals(Unmapped(connection.LocalIpAddress));
    }

    // Dual-stack sockets report IPv4 callers as ::ffff:a.b.c.d.
    private static IPAddress? Unmapped(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return _allowRemote || IsLocal(context.HttpContext.Connection)
            ? next(context)
            : ValueTask.FromResult<object?>(DirectLineErrors.RemoteNotAllowed());
    }
}
