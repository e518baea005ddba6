using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace CoachBot.Bot;

/// <summary>
/// A Connector client used by many turns. The adapter disposes the client of each turn when the
/// turn ends; for a shared client that must do nothing, so Dispose is not passed on.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient inner, DateTimeOffset createdAt) : IConnectorClient
{
    /// <summary>When the client was made (shared clients are replaced after a while).</summary>
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <inheritdoc />
    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => inner.BaseUri = value;
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => inner.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => inner.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => inner.Conversations;

    /// <inheritdoc />
    public void Dispose()
    {
        // Shared across turns: the cache owns the client, not the turn that used it last.
    }
}
