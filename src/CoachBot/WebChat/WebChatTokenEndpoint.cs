using CoachBot.Bot;
using CoachBot.DirectLine;
using Microsoft.Extensions.Options;

namespace CoachBot.WebChat;

/// <summary>
/// POST /api/directline/token: how the page at / gets its Direct Line token. With the local
/// Direct Line on (Development) it is a local token; otherwise the configured Azure Direct Line
/// secret is exchanged for one server-side. The page sends the signed identity it was given last
/// time ({"identity": "..."}); a valid one keeps the person's user id, anything else (none, a
/// forged one, a bare user id) gets a new person. The answer is {conversationId, token,
/// expires_in, domain, userId, identity}, never the secret.
/// </summary>
public static class WebChatTokenEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/directline/token";

    /// <summary>Maps the endpoint; <paramref name="localDirectLine"/> says which Direct Line it hands out tokens for.</summary>
    public static RouteHandlerBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints, bool localDirectLine) =>
        localDirectLine
            ? endpoints.MapPost(Path, LocalTokenAsync).AddEndpointFilter(StorageAwayFilter)
            : endpoints.MapPost(Path, AzureTokenAsync).AddEndpointFilter(StorageAwayFilter);

    // The identity key lives in storage: while it is away the page gets a clear 503 to retry on, not a 500.
    private static async ValueTask<object?> StorageAwayFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.Caused(e))
        {
            return DirectLineErrors.Unavailable("The coach's storage is not reachable right now.");
        }
    }

    private static async Task<IResult> LocalTokenAsync(HttpRequest request, WebChatIdentity identities, DirectLineConversationStore conversations, DirectLineTokenIssuer issuer, IOptions<DirectLineOptions> options)
    {
        // Same rule as the local Direct Line itself: this machine only, unless allowed.
        if (!options.Value.AllowRemote && !LocalCallerFilter.IsLocal(request.HttpContext.Connection))
        {
            return DirectLineErrors.RemoteNotAllowed();
        }

        var userId = await ReadUserIdAsync(request, identities).ConfigureAwait(false);
        var conversation = conversations.Create(userId);
        return DirectLineJson.Result(new
        {
            conversationId = conversation.Id,
            token = issuer.Issue(conversation.Id, conversation.UserId),
            expires_in = (int)issuer.Lifetime.TotalSeconds,
            domain = DirectLineAddresses.Domain(request),
            userId,
            identity = await identities.IssueAsync(userId, request.HttpContext.RequestAborted).ConfigureAwait(false),
        });
    }

    private static async Task<IResult> AzureTokenAsync(HttpRequest request, WebChatIdentity identities, AzureDirectLineTokenClient azure)
    {
        if (!azure.IsConfigured)
        {
            return DirectLineErrors.Unavailable("Direct Line is not configured (DirectLine:Secret).");
        }

        var userId = await ReadUserIdAsync(request, identities).ConfigureAwait(false);
        var grant = await azure.GenerateAsync(userId, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (grant is null)
        {
            return DirectLineErrors.Unavailable("The chat service is not reachable right now.");
        }

        // Only the fields the page needs are passed on, so nothing else Azure sends can leak through.
        return DirectLineJson.Result(new
        {
            conversationId = grant.Value<string>("conversationId"),
            token = grant.Value<string>("token"),
            expires_in = grant.Value<int?>("expires_in") ?? 1800,
            domain = azure.Domain,
            userId,
            identity = await identities.IssueAsync(userId, request.HttpContext.RequestAborted).ConfigureAwait(false),
        });
    }

    // The user id the page's identity vouches for, or a new one.
    private static async Task<string> ReadUserIdAsync(HttpRequest request, WebChatIdentity identities)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var identity = await DirectLineRequests.ReadStringPropertyAsync(request, "identity", cancellationToken).ConfigureAwait(false);
        return await identities.ReadAsync(identity, cancellationToken).ConfigureAwait(false) ?? DirectLineRequests.NewUserId();
    }
}
