using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// POST /api/directline/token: how the page at / gets its Direct Line token. With the local
/// Direct Line on (Development) it is a local token; otherwise the configured Azure Direct Line
/// secret is exchanged for one server-side. Either way the answer is {conversationId, token,
/// expires_in, domain}, bound to the user id the page keeps in the browser, and never the secret.
/// </summary>
public static class WebChatTokenEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/directline/token";

    /// <summary>Maps the endpoint; <paramref name="localDirectLine"/> says which Direct Line it hands out tokens for.</summary>
    public static RouteHandlerBuilder MapWebChatToken(this IEndpointRouteBuilder endpoints, bool localDirectLine) =>
        localDirectLine
            ? endpoints.MapPost(Path, LocalTokenAsync)
            : endpoints.MapPost(Path, AzureTokenAsync);

    private static async Task<IResult> LocalTokenAsync(HttpRequest request, DirectLineConversationStore conversations, DirectLineTokenIssuer issuer, IOptions<DirectLineOptions> options)
    {
        // Same rule as the local Direct Line itself: this machine only, unless allowed.
        if (!options.Value.AllowRemote && !LocalCallerFilter.IsLocal(request.HttpContext.Connection))
        {
            return DirectLineErrors.RemoteNotAllowed();
        }

        var (userId, invalid) = await DirectLineRequests.ReadUserIdAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (invalid)
        {
            return DirectLineErrors.BadArgument("user.id must be 1-128 letters, digits or _ . : @ -.");
        }

        var conversation = conversations.Create(userId ?? DirectLineRequests.NewUserId());
        return DirectLineJson.Result(new
        {
            conversationId = conversation.Id,
            token = issuer.Issue(conversation.Id, conversation.UserId),
            expires_in = (int)issuer.Lifetime.TotalSeconds,
            domain = DirectLineAddresses.Domain(request),
        });
    }

    private static async Task<IResult> AzureTokenAsync(HttpRequest request, AzureDirectLineTokenClient azure)
    {
        if (!azure.IsConfigured)
        {
            return DirectLineErrors.Unavailable("Direct Line is not configured (DirectLine:Secret).");
        }

        var (userId, invalid) = await DirectLineRequests.ReadUserIdAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (invalid)
        {
            return DirectLineErrors.BadArgument("user.id must be 1-128 letters, digits or _ . : @ -.");
        }

        var grant = await azure.GenerateAsync(userId ?? DirectLineRequests.NewUserId(), request.HttpContext.RequestAborted).ConfigureAwait(false);
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
        });
    }
}
