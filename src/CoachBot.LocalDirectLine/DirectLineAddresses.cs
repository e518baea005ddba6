using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.DirectLine;

/// <summary>The URLs the local Direct Line hands out: its own base, stream URLs, and the bot's serviceUrl.</summary>
public static class DirectLineAddresses
{
    /// <summary>Where the client-facing Direct Line API lives on this host.</summary>
    public const string ApiPath = "/v3/directline";

    /// <summary>The Direct Line base URL the browser reached this host at (Web Chat's "domain").</summary>
    public static string Domain(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{ApiPath}";
    }

    /// <summary>The pre-authorized WebSocket URL for <paramref name="conversationId"/>, replaying from <paramref name="watermark"/>.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string? watermark, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{ApiPath}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
    }

    /// <summary>
    /// The serviceUrl given to the bot: the configured one, else this host at the local address of
    /// the caller's connection. The connection's address is used rather than the Host header
    /// because it cannot be forged and always reaches this same process, so the bot's replies
    /// and later proactive messages come back here.
    /// </summary>
    public static Uri ServiceUrl(HttpContext http, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ServiceUrl is not null)
        {
            return options.ServiceUrl;
        }

        var local = http.Connection.LocalIpAddress;
        if (local is null || http.Connection.LocalPort == 0)
        {
            // In-memory test servers have no socket; the Host header is all there is.
            return new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        }

        if (local.IsIPv4MappedToIPv6)
        {
            local = local.MapToIPv4();
        }

        var host = local.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();

        // Development HTTPS certificates name "localhost", not loopback addresses.
        if (http.Request.IsHttps && IPAddress.IsLoopback(local))
        {
            host = "localhost";
        }

        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{http.Request.Scheme}://{host}:{http.Connection.LocalPort}{http.Request.PathBase}/"));
    }
}
