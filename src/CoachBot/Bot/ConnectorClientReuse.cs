using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CoachBot.Bot;

/// <summary>
/// The Bot Framework authentication the adapter uses, with one change: the Connector clients that
/// send replies are created once per service URL and audience and then reused, instead of once
/// per turn. The stock factory builds a new ConnectorClient for every turn, and with it a new
/// HttpClient (a new connection, and on Teams a new TLS handshake) and new JSON settings whose
/// contracts for the Activity type are rebuilt by reflection on the first send: measured on the
/// check-in fan-out, that was most of the CPU of a proactive turn. The clients are thread-safe
/// and were cached the same way by the older BotFrameworkAdapter. Everything else (validating
/// inbound requests, user tokens) is the wrapped authentication's.
/// </summary>
public sealed class ConnectorClientReuse(BotFrameworkAuthentication inner, TimeProvider time) : BotFrameworkAuthentication
{
    // Replaced now and then so a long-running bot picks up DNS changes of the channel's service.
    private static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, SharedConnectorClient> _clients = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Reusing(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Reusing(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // A factory sends as the bot the claims were addressed to (their audience claim is its app
    // id), so clients are shared per app id as well as per service URL and audience.
    private ConnectorFactory Reusing(ConnectorFactory? factory, ClaimsIdentity? identity) =>
        factory is null ? null! : new ReusingConnectorFactory(factory, identity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? string.Empty, this);

    /// <summary>The shared client for this app id, service URL and audience, created by <paramref name="factory"/> when there is none yet.</summary>
    internal async Task<IConnectorClient> ClientAsync(ConnectorFactory factory, string appId, string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = $"{appId}\n{serviceUrl}\n{audience}";
        var now = time.GetUtcNow();
        if (_clients.TryGetValue(key, out var shared) && now - shared.CreatedAt < ClientLifetime)
        {
            return shared;
        }

        // Two turns may both create one here: the one not kept was never handed out, so it is
        // disposed at once. A replaced (expired) client is left to the turns still using it.
        var inner = await factory.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        var created = new SharedConnectorClient(inner, now);
        var kept = _clients.AddOrUpdate(key, created, (_, existing) => now - existing.CreatedAt < ClientLifetime ? existing : created);
        if (!ReferenceEquals(kept, created))
        {
            inner.Dispose();
        }

        return kept;
    }
}
