using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// Hands the person's activities to the bot exactly as Azure Direct Line does: an HTTP POST of the
/// activity to this host's /api/messages, so the production endpoint and CloudAdapter run every
/// turn. The activity carries channelId "directline", the bot as recipient, and a serviceUrl that
/// points back at this host, so the adapter sends every reply (and every later proactive message)
/// to this host's Connector endpoints. No Authorization header is sent: the local Direct Line is
/// for anonymous mode (no MicrosoftAppId), like the Bot Framework Emulator.
/// </summary>
public sealed class DirectLineBotDelivery
{
    /// <summary>The channel id the bot sees, the same as Azure Direct Line's.</summary>
    public const string ChannelId = "directline";

    /// <summary>The name of the HttpClient this class posts with.</summary>
    public const string HttpClientName = "DirectLineBotDelivery";

    private readonly IHttpClientFactory _httpClients;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineBotDelivery> _logger;

    /// <summary>Creates the delivery.</summary>
    public DirectLineBotDelivery(IHttpClientFactory httpClients, IOptions<DirectLineOptions> options, ILogger<DirectLineBotDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The bot's account, the recipient of everything the person sends.</summary>
    public ChannelAccount BotAccount => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    /// <summary>
    /// Runs the bot's turn for <paramref name="activity"/> (a copy is sent). Returns false when the
    /// bot did not accept it (an error status or no answer); failures inside a turn are the
    /// adapter's error handler's to tell the person about.
    /// </summary>
    public async Task<bool> DeliverAsync(Activity activity, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var forBot = DirectLineJson.Clone(activity);
        forBot.ServiceUrl = serviceUrl.ToString();
        forBot.ChannelId = ChannelId;
        forBot.Recipient = BotAccount;
        try
        {
            using var content = new StringContent(DirectLineJson.Serialize(forBot), Encoding.UTF8, "application/json");
            using var response = await _httpClients.CreateClient(HttpClientName)
                .PostAsync(new Uri(serviceUrl, "api/messages"), content, cancellationToken)
                .ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            _logger.LogError("The bot refused a {ActivityType} activity from the local Direct Line with {StatusCode}", activity.Type, (int)response.StatusCode);
            return false;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Only the type: the message could carry what the person wrote.
            _logger.LogError("The bot did not answer a {ActivityType} activity from the local Direct Line: {ExceptionType}", activity.Type, exception.GetType().FullName);
            return false;
        }
    }

    /// <summary>
    /// Tells the bot the person joined, as Direct Line does when a conversation starts. Like Azure's
    /// Direct Line it carries no locale: the page sends the browser's with its join event, so the
    /// local path is the production path. The user id is the conversation's (from the token).
    /// </summary>
    public Task<bool> DeliverConversationStartAsync(DirectLineConversation conversation, Uri serviceUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = conversation.Id + "|start",
            From = user,
            Conversation = new ConversationAccount(id: conversation.Id),
            MembersAdded = [user],
            Timestamp = now,
        };
        return DeliverAsync(update, serviceUrl, cancellationToken);
    }
}
