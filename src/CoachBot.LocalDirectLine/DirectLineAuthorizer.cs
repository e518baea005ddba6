using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// Decides who may use a conversation, with Azure Direct Line's answers: 401 without valid
/// credentials, 403 TokenExpired for an expired token, 403 for a token of another conversation,
/// 404 for a conversation that does not exist (checked last, so ids cannot be probed without a token).
/// </summary>
public sealed class DirectLineAuthorizer
{
    private const string BearerPrefix = "Bearer ";

    private readonly DirectLineTokenIssuer _issuer;
    private readonly DirectLineConversationStore _conversations;
    private readonly byte[]? _secret;

    /// <summary>Creates the authorizer over the issuer and the conversations.</summary>
    public DirectLineAuthorizer(DirectLineTokenIssuer issuer, DirectLineConversationStore conversations, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _issuer = issuer;
        _conversations = conversations;
        var secret = options.Value.LocalSecret;
        _secret = string.IsNullOrEmpty(secret) ? null : Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Whether a local secret is configured (then it is required where Azure requires the secret).</summary>
    public bool RequiresSecret => _secret is not null;

    /// <summary>The credential in "Authorization: Bearer ...", or null.</summary>
    public static string? ReadBearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers.Authorization;
        return header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? header[BearerPrefix.Length..].Trim()
            : null;
    }

    /// <summary>Whether <paramref name="credential"/> is the configured local secret.</summary>
    public bool IsSecret(string? credential) =>
        _secret is not null && credential is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret);

    /// <summary>
    /// Authorizes <paramref name="credential"/> (a token, or the local secret) on <paramref name="conversationId"/>.
    /// </summary>
    public DirectLineAccess Authorize(string? credential, string conversationId)
    {
        if (IsSecret(credential))
        {
            var any = _conversations.Find(conversationId);
            return any is null ? DirectLineAccess.Denied(DirectLineErrors.ConversationNotFound()) : new DirectLineAccess(any, null, null);
        }

        switch (_issuer.Read(credential, out var token))
        {
            case DirectLineTokenStatus.Invalid:
                return DirectLineAccess.Denied(DirectLineErrors.Unauthorized());
            case DirectLineTokenStatus.Expired:
                return DirectLineAccess.Denied(DirectLineErrors.TokenExpired());
        }

        if (!string.Equals(token!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineAccess.Denied(DirectLineErrors.WrongConversation());
        }

        var conversation = _conversations.Find(conversationId);
        return conversation is null
            ? DirectLineAccess.Denied(DirectLineErrors.ConversationNotFound())
            : new DirectLineAccess(conversation, token, null);
    }
}
