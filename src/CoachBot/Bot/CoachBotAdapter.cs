using CoachBot.Dialogs.Catalogs;
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
    private readonly ConversationState _conversationState;
    private readonly ContentLibrary _library;
    private readonly ILogger<CoachBotAdapter> _logger;

    /// <summary>Creates the adapter with its authentication and the state it may clear.</summary>
    public CoachBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        ContentLibrary library,
        ILogger<CoachBotAdapter> logger)
        : base(authentication, logger)
    {
        _conversationState = conversationState;
        _library = library;
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
            // "Storage did not answer": nothing moved on, so sending again works. Otherwise the
            // conversation was reset, and the person is told so in their language.
            var content = _library.For(turnContext.Activity.Locale);
            await turnContext.SendActivityAsync(content.Text(storageDown ? TextKeys.ErrorStorage : TextKeys.ErrorReset)).ConfigureAwait(false);
        }
        catch (Exception sendFailure)
        {
            _logger.LogError("Telling the person about a failed turn also failed: {ExceptionType}", sendFailure.GetType().FullName);
        }
    }
}
