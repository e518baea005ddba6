using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// The client side of the local Direct Line 3.0 (/v3/directline): tokens, conversations,
/// activities, upload and the WebSocket stream, with the answers botframework-directlinejs and
/// Web Chat expect from Azure Direct Line.
/// </summary>
public static class DirectLineApiEndpoints
{
    /// <summary>Maps the API under <see cref="DirectLineAddresses.ApiPath"/>.</summary>
    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder endpoints, bool allowRemote)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(DirectLineAddresses.ApiPath).AddEndpointFilter(new LocalCallerFilter(allowRemote));
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", Reconnect);
        api.MapGet("/conversations/{conversationId}/activities", GetActivities);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.PostAsync).DisableAntiforgery();
        api.MapGet("/conversations/{conversationId}/attachments/{key}", DirectLineUpload.GetAttachment);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return api;
    }

    /// <summary>
    /// Takes an activity from the person: it gets their id from the token and a new activity id,
    /// is queued as the echo clients wait for (with its channelData, where Web Chat keeps
    /// clientActivityID), then goes to the bot. Typing indicators and conversationUpdates go to the
    /// bot only. Answers {"id": ...}, or 502 when the bot could not take it.
    /// </summary>
    public static async Task<IResult> AcceptFromPersonAsync(HttpContext http, DirectLineAccess access, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(activity);
        var services = http.RequestServices;
        var delivery = services.GetRequiredService<DirectLineBotDelivery>();
        var options = services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var conversation = access.Conversation!;

        if (string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineErrors.BadArgument("The activity needs a type.");
        }

        // A token speaks for one user: what the client claims in "from" is not trusted (Azure does the same).
        var userId = access.Token?.UserId ?? (string.IsNullOrEmpty(activity.From?.Id) ? conversation.UserId : activity.From.Id);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = delivery.BotAccount;
        activity.ChannelId = DirectLineBotDelivery.ChannelId;
        activity.ServiceUrl = null;
        activity.Timestamp = now;

        string id;
        if (activity.Type is ActivityTypes.Typing or ActivityTypes.ConversationUpdate)
        {
            id = activity.Id = conversation.Id + "|" + Guid.NewGuid().ToString("N");
            activity.Conversation = new ConversationAccount(id: conversation.Id);
        }
        else
        {
            id = conversation.Append(activity, now);
        }

        var delivered = await delivery.DeliverAsync(activity, DirectLineAddresses.ServiceUrl(http, options), http.RequestAborted).ConfigureAwait(false);
        return delivered ? DirectLineJson.Result(new { id }) : DirectLineErrors.BotError();
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineConversationStore conversations, DirectLineTokenIssuer issuer)
    {
        var credential = DirectLineAuthorizer.ReadBearer(request);
        var bySecret = authorizer.IsSecret(credential);

        // An earlier token of this host, expired or not, proves who the caller was given to be.
        var earlier = !bySecret && issuer.Read(credential, out var granted) != DirectLineTokenStatus.Invalid ? granted : null;
        if (authorizer.RequiresSecret && !bySecret && earlier is null)
        {
            return DirectLineErrors.Unauthorized("The local Direct Line secret or an earlier token is required (Authorization: Bearer ...).");
        }

        var (userId, invalid) = await DirectLineRequests.ReadUserIdAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (invalid)
        {
            return DirectLineErrors.BadArgument("user.id must be 1-128 letters, digits or _ . : @ -.");
        }

        if (userId is not null && !bySecret && !string.Equals(earlier?.UserId, userId, StringComparison.Ordinal))
        {
            return UserIdNeedsProof();
        }

        // The conversation exists from now on but starts (and greets) only at POST conversations.
        var conversation = conversations.Create(userId ?? earlier?.UserId ?? DirectLineRequests.NewUserId());
        var token = issuer.Issue(conversation.Id, conversation.UserId);
        return DirectLineJson.Result(new { conversationId = conversation.Id, token, expires_in = (int)issuer.Lifetime.TotalSeconds });
    }

    // Naming a user id is speaking as that person: only a trusted caller (the secret) or the holder
    // of a token once issued to them may do it, else any local process could read someone's log.
    private static IResult UserIdNeedsProof() => DirectLineErrors.Error(
        StatusCodes.Status403Forbidden,
        "Forbidden",
        "A user.id may be named only with the local Direct Line secret or an earlier token issued to that user; leave it out to get a new user.");

    private static IResult RefreshToken(HttpRequest request, DirectLineTokenIssuer issuer, DirectLineConversationStore conversations)
    {
        switch (issuer.Read(DirectLineAuthorizer.ReadBearer(request), out var token))
        {
            case DirectLineTokenStatus.Invalid:
                return DirectLineErrors.Unauthorized();
            case DirectLineTokenStatus.Expired:
                return DirectLineErrors.TokenExpired();
        }

        if (conversations.Find(token!.ConversationId) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var refreshed = issuer.Issue(token.ConversationId, token.UserId);
        return DirectLineJson.Result(new { conversationId = token.ConversationId, token = refreshed, expires_in = (int)issuer.Lifetime.TotalSeconds });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext http,
        DirectLineAuthorizer authorizer,
        DirectLineConversationStore conversations,
        DirectLineTokenIssuer issuer,
        DirectLineBotDelivery delivery,
        IOptions<DirectLineOptions> options,
        TimeProvider time)
    {
        var credential = DirectLineAuthorizer.ReadBearer(http.Request);
        DirectLineConversation? conversation;
        string token;
        if (credential is not null && !authorizer.IsSecret(credential))
        {
            // A token from tokens/generate: start the conversation it is bound to.
            switch (issuer.Read(credential, out var granted))
            {
                case DirectLineTokenStatus.Invalid:
                    return DirectLineErrors.Unauthorized();
                case DirectLineTokenStatus.Expired:
                    return DirectLineErrors.TokenExpired();
            }

            conversation = conversations.Find(granted!.ConversationId);
            if (conversation is null)
            {
                return DirectLineErrors.ConversationNotFound();
            }

            token = credential;
        }
        else
        {
            // The secret (or, with none configured, nothing): a new conversation, like Azure with a secret.
            if (authorizer.RequiresSecret && credential is null)
            {
                return DirectLineErrors.Unauthorized("A token or the local Direct Line secret is required.");
            }

            var (userId, invalid) = await DirectLineRequests.ReadUserIdAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
            if (invalid)
            {
                return DirectLineErrors.BadArgument("user.id must be 1-128 letters, digits or _ . : @ -.");
            }

            if (userId is not null && credential is null)
            {
                return UserIdNeedsProof();
            }

            conversation = conversations.Create(userId ?? DirectLineRequests.NewUserId());
            token = issuer.Issue(conversation.Id, conversation.UserId);
        }

        var started = conversation.TryStart();
        if (started)
        {
            // Awaited, so the greeting is queued before the client's first read and cannot race
            // the person's first message for the same conversation state. A failure is logged by
            // the delivery and does not stop the conversation from starting.
            var serviceUrl = DirectLineAddresses.ServiceUrl(http, options.Value);
            await delivery.DeliverConversationStartAsync(conversation, serviceUrl, time.GetUtcNow(), http.RequestAborted).ConfigureAwait(false);
        }

        return DirectLineJson.Result(
            new
            {
                conversationId = conversation.Id,
                token,
                expires_in = (int)issuer.Lifetime.TotalSeconds,
                streamUrl = DirectLineAddresses.StreamUrl(http.Request, conversation.Id, null, token),
            },
            started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Reconnect(HttpRequest request, string conversationId, string? watermark, DirectLineAuthorizer authorizer, DirectLineTokenIssuer issuer)
    {
        var credential = DirectLineAuthorizer.ReadBearer(request);
        var access = authorizer.Authorize(credential, conversationId);
        if (!access.IsAllowed)
        {
            return access.Error!;
        }

        var token = access.Token is null ? issuer.Issue(conversationId, access.Conversation!.UserId) : credential!;
        return DirectLineJson.Result(new
        {
            conversationId,
            token,
            expires_in = (int)issuer.Lifetime.TotalSeconds,
            streamUrl = DirectLineAddresses.StreamUrl(request, conversationId, watermark, token),
        });
    }

    private static IResult GetActivities(HttpRequest request, string conversationId, string? watermark, DirectLineAuthorizer authorizer)
    {
        var access = authorizer.Authorize(DirectLineAuthorizer.ReadBearer(request), conversationId);
        return access.IsAllowed
            ? DirectLineJson.Result(access.Conversation!.Read(watermark, includeTyping: false))
            : access.Error!;
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineAuthorizer authorizer)
    {
        var access = authorizer.Authorize(DirectLineAuthorizer.ReadBearer(http.Request), conversationId);
        if (!access.IsAllowed)
        {
            return access.Error!;
        }

        var body = await DirectLineRequests.ReadLimitedAsync(http.Request, DirectLineRequests.MaxActivityChars, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineErrors.TooLarge("An activity may be at most 256K characters of JSON.");
        }

        var activity = DirectLineJson.ReadActivity(body);
        return activity is null
            ? DirectLineErrors.BadArgument("The body is not an activity.")
            : await AcceptFromPersonAsync(http, access, activity).ConfigureAwait(false);
    }

    private static async Task StreamAsync(
        HttpContext http,
        string conversationId,
        string? watermark,
        string? t,
        DirectLineAuthorizer authorizer,
        IOptions<DirectLineOptions> options,
        TimeProvider time,
        IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadArgument("This is a WebSocket endpoint.").ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        // The stream URL is pre-authorized: browsers cannot set headers on a WebSocket.
        var access = authorizer.Authorize(t ?? DirectLineAuthorizer.ReadBearer(http.Request), conversationId);
        if (!access.IsAllowed)
        {
            await access.Error!.ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var stream = new DirectLineStream(socket, access.Conversation!, time, options.Value.StreamKeepAlive);

        // An open browser tab must not hold up the host's shutdown: the socket ends when stopping begins.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await stream.RunAsync(watermark, stop.Token).ConfigureAwait(false);
    }
}
