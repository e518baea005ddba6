using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CoachBot.Bot;

/// <summary>
/// The one CloudAdapter every channel goes through (Teams, Azure Direct Line, the local Direct
/// Line). Its error handler is the last line of defence for a person mid-conversation: they are
/// told something went wrong, the dialog stack is cleared so the same failure cannot repeat on
/// every message, and the log records what failed without anything the person wrote.
/// </summary>
public sealed class CoachBotAdapter : CloudAdapter
{
    /// <summary>What the person is told when a turn fails.</summary>
    public const string ErrorMessage =
        "Sorry, something went wrong on my side and I've reset our conversation. Nothing you saved is lost. Say \"hi\" to start again.";

    private readonly ConversationState _conversationState;
    private readonly ILogger<CoachBotAdapter> _logger;

    /// <summary>Creates the adapter with its authentication and the state it may clear.</summary>
    public CoachBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        ILogger<CoachBotAdapter> logger)
        : base(authentication, logger)
    {
        _conversationState = conversationState;
        _logger = logger;
        OnTurnError = HandleTurnErrorAsync;
        Use(new OneTurnAtATimeMiddleware());
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        // Exception messages can echo state or input, so only the type and the stack are logged.
        _logger.LogError(
            "Turn failed on channel {ChannelId} for a {ActivityType} activity: {ExceptionType}{NewLine}{StackTrace}",
            turnContext.Activity.ChannelId,
            turnContext.Activity.Type,
            exception.GetType().FullName,
            Environment.NewLine,
            exception.StackTrace);

        try
        {
            await _conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
        }
        catch (Exception deleteFailure)
        {
            _logger.LogError("Clearing the conversation state after a failed turn also failed: {ExceptionType}", deleteFailure.GetType().FullName);
        }

        try
        {
            await turnContext.SendActivityAsync(ErrorMessage).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            _logger.LogError("Telling the person about a failed turn also failed: {ExceptionType}", sendFailure.GetType().FullName);
        }
    }
}
