using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// "Delete my data": confirms, then removes everything the coach holds about the person, in every
/// conversation of theirs it knows: the ratings, the check-in schedule, the export links and their
/// notes, the timed cues, each conversation's state and the profile. Nothing is deleted without an
/// explicit yes, and the reply names what was deleted.
/// </summary>
public sealed class DeleteDataDialog : ComponentDialog
{
    private readonly ContentLibrary _library;
    private readonly IPainLog _log;
    private readonly ITimerScheduler _timers;
    private readonly ICheckInScheduler _checkIns;
    private readonly IProgressReports _reports;
    private readonly IStorage _storage;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;

    /// <summary>Creates the dialog.</summary>
    public DeleteDataDialog(ContentLibrary library, IPainLog log, ITimerScheduler timers, ICheckInScheduler checkIns, IProgressReports reports, IStorage storage, UserState userState)
        : base(DialogIds.DeleteData)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _checkIns = checkIns ?? throw new ArgumentNullException(nameof(checkIns));
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _userState = userState ?? throw new ArgumentNullException(nameof(userState));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        AddDialog(new WaterfallDialog(nameof(DeleteDataDialog), [ConfirmAsync, DeleteAsync]));
        AddDialog(new YesNoPrompt(DialogIds.Confirm, library: library));
        InitialDialogId = nameof(DeleteDataDialog);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.DeleteAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var content = _library.For(turn);
        if (!(bool)step.Result!)
        {
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.DeleteKept)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
        }

        var userKey = UserKeys.For(turn.Activity);
        var profile = await _profile.GetAsync(turn, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var here = turn.Activity.GetConversationReference();
        var conversations = profile.Conversations.Append(here).DistinctBy(c => c.Conversation?.Id).ToList();

        var ratings = await _log.DeleteAllAsync(userKey, cancellationToken).ConfigureAwait(false);
        await _checkIns.StopAsync(userKey, cancellationToken).ConfigureAwait(false);
        var links = await _reports.DeleteExportLinksAsync(userKey, cancellationToken).ConfigureAwait(false);
        foreach (var conversation in conversations)
        {
            await _timers.CancelAsync(conversation, cancellationToken).ConfigureAwait(false);
        }

        // The other conversations' state goes now; this one's when the turn ends, or saving the
        // dialog stack would write it back.
        var others = conversations.Where(c => c.Conversation?.Id != here.Conversation?.Id).Select(ConversationStateKey).ToArray();
        if (others.Length > 0)
        {
            await _storage.DeleteAsync(others, cancellationToken).ConfigureAwait(false);
        }

        await _userState.DeleteAsync(turn, cancellationToken).ConfigureAwait(false);
        ForgetConversationRequest.Request(turn);
        await turn.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.DeleteDone, new { count = ratings, links, conversations = conversations.Count })), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(true, cancellationToken).ConfigureAwait(false);
    }

    // The key ConversationState files a conversation under.
    private static string ConversationStateKey(ConversationReference reference) =>
        $"{reference.ChannelId}/conversations/{reference.Conversation?.Id}";
}
