using Microsoft.Bot.Schema;

namespace CoachBot.DirectLine;

/// <summary>
/// The Connector side of the local Direct Line (/v3/conversations), where the CloudAdapter sends
/// what the bot says, because the activities it gets carry this host as serviceUrl. Replies,
/// plain sends and proactive messages (ContinueConversationAsync posts to
/// .../activities/{activityId}) are all queued for the conversation's client; an update is queued
/// too, under the id it replaces, since Direct Line clients cannot edit a shown message.
/// </summary>
public static class ConnectorEndpoints
{
    /// <summary>The path the Bot Framework Connector API lives at, relative to a serviceUrl.</summary>
    public const string Path = "/v3/conversations";

    /// <summary>Maps the Connector endpoints, which only this machine (and the host itself) may call.</summary>
    public static RouteGroupBuilder MapDirectLineConnector(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Never remote: anyone who could post here could speak as the bot.
        var connector = endpoints.MapGroup(Path).AddEndpointFilter(new LocalCallerFilter(allowRemote: false));
        connector.MapPost("/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineConversationStore conversations, TimeProvider time) =>
            QueueAsync(http, conversationId, replyToId: null, updateOf: null, conversations, time));
        connector.MapPost("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId, DirectLineConversationStore conversations, TimeProvider time) =>
            QueueAsync(http, conversationId, replyToId: activityId, updateOf: null, conversations, time));
        connector.MapPut("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId, DirectLineConversationStore conversations, TimeProvider time) =>
            QueueAsync(http, conversationId, replyToId: null, updateOf: activityId, conversations, time));
        return connector;
    }

    private static async Task<IResult> QueueAsync(HttpContext http, string conversationId, string? replyToId, string? updateOf, DirectLineConversationStore conversations, TimeProvider time)
    {
        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var body = await DirectLineRequests.ReadLimitedAsync(http.Request, DirectLineRequests.MaxActivityChars, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineErrors.TooLarge("An activity may be at most 256K characters of JSON.");
        }

        var activity = DirectLineJson.ReadActivity(body);
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineErrors.BadArgument("The body is not an activity.");
        }

        // Direct Line never shows conversationUpdate to clients; the bot still gets an id back.
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return DirectLineJson.Result(new { id = conversationId + "|" + Guid.NewGuid().ToString("N") });
        }

        // The serviceUrl is this host's internal address: clients have no use for it.
        activity.ServiceUrl = null;
        activity.ChannelId = DirectLineBotDelivery.ChannelId;
        activity.ReplyToId ??= replyToId;

        // Proactive sends carry the stored reference's bot account, which may lack the role Web
        // Chat uses to tell the coach's messages from the person's.
        activity.From ??= new ChannelAccount(http.RequestServices.GetRequiredService<DirectLineBotDelivery>().BotAccount.Id);
        activity.From.Role ??= RoleTypes.Bot;
        if (updateOf is not null)
        {
            activity.Id = updateOf;
        }

        var id = conversation.Append(activity, time.GetUtcNow(), keepId: updateOf is not null);
        return DirectLineJson.Result(new { id });
    }
}
