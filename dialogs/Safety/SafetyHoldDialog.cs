using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Safety;

/// <summary>
/// What any message (or check-in) meets while a safety hold stands: a short form of the advice and
/// one way on, an explicit "yes" to "have you been checked?". Then the hold is lifted and the
/// root dialog runs a whole new session, red-flag screen included. Anything else leaves the hold
/// as it is; nothing here gives a pressure or stretch instruction.
/// </summary>
public sealed class SafetyHoldDialog : ComponentDialog
{
    /// <summary>The result when the person confirmed they have been checked.</summary>
    public const string Lifted = "holdLifted";

    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;

    /// <summary>Creates the dialog.</summary>
    public SafetyHoldDialog(ContentLibrary library, UserState userState)
        : base(DialogIds.SafetyHold)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        AddDialog(new WaterfallDialog(nameof(SafetyHoldDialog), [AskAsync, WeighAnswerAsync]));
        AddDialog(new YesNoPrompt(DialogIds.Confirm, PlainYesNo.Validator(library), library));
        InitialDialogId = nameof(SafetyHoldDialog);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var hold = step.Options as SafetyHold ?? throw new ArgumentException("The safety hold needs the SafetyHold.");
        var content = _library.For(step.Context);
        var advice = hold.Outcome == SafetyOutcomes.Emergency
            ? content.Text(TextKeys.HoldEmergency, new { emergencyNumber = content.Routine.EmergencyNumberFor(step.Context.Activity.Locale) })
            : content.Text(TextKeys.HoldDoctor);
        return await step.PromptAsync(DialogIds.Confirm, new PromptOptions
        {
            Prompt = MessageFactory.Text(advice + "\n\n" + content.Text(TextKeys.HoldAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.HoldRetry)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WeighAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (!(bool)step.Result!)
        {
            var notYet = content.Text(TextKeys.HoldNotYet) + (profile.Program is { Active: true } ? " " + content.Text(TextKeys.HoldProgramPaused) : string.Empty);
            await step.Context.SendActivityAsync(MessageFactory.Text(notYet), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        profile.Hold = null;
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.HoldLifted)), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(Lifted, cancellationToken).ConfigureAwait(false);
    }
}
