using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace CoachBot.Bot;

/// <summary>A connector factory that hands out the shared clients of <see cref="ConnectorClientReuse"/>.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory inner, string appId, ConnectorClientReuse reuse) : ConnectorFactory
{
    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        reuse.ClientAsync(inner, appId, serviceUrl, audience ?? string.Empty, cancellationToken);
}
