using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// "Delete my data": confirms, then removes the person's ratings, their profile (user state) and
/// their scheduled timers. Nothing is deleted without an explicit yes.
/// </summary>
public sealed class DeleteDataDialog : ComponentDialog
{
    private readonly ContentLibrary _library;
    private readonly IPainLog _log;
    private readonly ITimerScheduler _timers;
    private readonly UserState _userState;

    /// <summary>Creates the dialog.</summary>
    public DeleteDataDialog(ContentLibrary library, IPainLog log, ITimerScheduler timers, UserState userState)
        : base(DialogIds.DeleteData)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _userState = userState ?? throw new ArgumentNullException(nameof(userState));
        AddDialog(new WaterfallDialog(nameof(DeleteDataDialog), [ConfirmAsync, DeleteAsync]));
        AddDialog(new ConfirmPrompt(DialogIds.Confirm) { Style = ListStyle.SuggestedAction });
        InitialDialogId = nameof(DeleteDataDialog);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context.Activity.Locale);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.DeleteAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context.Activity.Locale);
        if (!(bool)step.Result!)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.DeleteKept)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
        }

        var count = await _log.DeleteAllAsync(UserKeys.For(step.Context.Activity), cancellationToken).ConfigureAwait(false);
        await _timers.CancelAsync(step.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await _userState.DeleteAsync(step.Context, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.DeleteDone, new { count })), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(true, cancellationToken).ConfigureAwait(false);
    }
}
