using System.Net;

namespace CoachBot.Hosting;

/// <summary>
/// Where replies may go when the bot runs without channel authentication (no MicrosoftAppId, the
/// local mode): only to this machine (loopback, which covers the host's own local Direct Line and
/// the Agents Playground) and to the addresses listed in <c>Bot:AllowedServiceUrls</c>. Otherwise
/// anyone who can reach /api/messages could make the bot post to any address they name. With
/// MicrosoftAppId set every address is allowed here: the Bot Framework token already vouches for it.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>The configuration key listing further allowed addresses (comma-separated prefixes).</summary>
    public const string AllowedKey = "Bot:AllowedServiceUrls";

    private readonly bool _authenticated;
    private readonly IReadOnlyList<string> _allowed;

    /// <summary>Creates the policy; MicrosoftAppId is the Bot Framework's own setting, read as the SDK reads it.</summary>
    public ServiceUrlPolicy(IConfiguration configuration, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        _authenticated = !string.IsNullOrEmpty(configuration["MicrosoftAppId"]);
        _allowed = options.AllowedPrefixes;
    }

    /// <summary>True when a reply may be sent to <paramref name="serviceUrl"/>; <paramref name="ownHost"/> is the address the request came to.</summary>
    public bool Allows(string? serviceUrl, string ownHost)
    {
        if (_authenticated)
        {
            return true;
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        return uri.IsLoopback
            || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address))
            || string.Equals(uri.Authority, ownHost, StringComparison.OrdinalIgnoreCase)
            || _allowed.Any(prefix => uri.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
