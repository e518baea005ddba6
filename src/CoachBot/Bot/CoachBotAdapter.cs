using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CoachBot.Bot;

/// <summary>
/// The one CloudAdapter every channel goes through (Teams, Azure Direct Line, the local Direct
/// Line). Its error handler is the last line of defence for a person mid-conversation. When storage
/// did not answer, nothing of the turn was kept and the conversation still waits at the same
/// question, so the person is told the truth and asked to send the answer again. Any other failure
/// clears the dialog stack so it cannot repeat on every message. The log records what failed
/// without anything the person wrote.
/// </summary>
public sealed class CoachBotAdapter : CloudAdapter
{
    /// <summary>What the person is told when a turn fails.</summary>
    public const string ErrorMessage =
        "Sorry, something went wrong on my side and I've reset our conversation. Nothing you saved is lost. Say \"hi\" to start again.";

    /// <summary>What the person is told when storage did not answer: nothing moved on, so sending again works.</summary>
    public const string StorageUnavailableMessage =
        "I couldn't save that just now: my storage didn't answer. We're still at the same question, so please send your answer again in a minute.";

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

        // The turn's state is saved only when the turn ends well, so after a storage failure the
        // stored conversation is still at the question the person answered.
        var storageDown = StorageFailure.Caused(exception);
        if (!storageDown)
        {
            try
            {
                await _conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
            }
            catch (Exception deleteFailure)
            {
                _logger.LogError("Clearing the conversation state after a failed turn also failed: {ExceptionType}", deleteFailure.GetType().FullName);
            }
        }

        try
        {
            await turnContext.SendActivityAsync(storageDown ? StorageUnavailableMessage : ErrorMessage).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            _logger.LogError("Telling the person about a failed turn also failed: {ExceptionType}", sendFailure.GetType().FullName);
        }
    }
}
