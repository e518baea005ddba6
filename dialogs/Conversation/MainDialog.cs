using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// The root of the conversation: every dialog the coach has, behind the interruptions of
/// <see cref="InterruptibleDialog"/>. A new conversation runs a session (<c>SessionDialog</c>); a
/// daily check-in event starts the check-in, or the safety hold's question while a hold stands.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    /// <summary>Creates the root over <paramref name="dialogs"/>, the session first.</summary>
    /// <param name="dialogs">Every dialog of the coach; the session (<see cref="DialogIds.Session"/>) starts a new conversation.</param>
    /// <param name="library">The coach's content.</param>
    /// <param name="userState">Where the person's profile is kept.</param>
    /// <param name="timers">The timers of a running hold, stopped when everything ends.</param>
    /// <param name="reports">What "show my progress" sends.</param>
    /// <param name="coach">How long an emergency hold stands.</param>
    /// <param name="time">The clock.</param>
    public MainDialog(IEnumerable<Dialog> dialogs, ContentLibrary library, UserState userState, ITimerScheduler timers, IProgressReports reports, CoachOptions coach, TimeProvider time)
        : base(DialogIds.Main, library, userState, timers, reports, coach, time)
    {
        ArgumentNullException.ThrowIfNull(dialogs);

        // The prompts the session and the program's dialogs ask by id.
        AddDialog(new YesNoPrompt(DialogIds.Confirm, library: library));
        AddDialog(new YesNoPrompt(DialogIds.Consent, PlainYesNo.Validator(library), library));
        AddDialog(new PainRatingPrompt(DialogIds.PainRating, library, PainScale.Validator(library)));
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }

        InitialDialogId = DialogIds.Session;
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (options is not CheckInStart checkIn)
        {
            return await base.OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        }

        // During a hold a check-in asks first whether the person has been checked; after an
        // emergency hold ran out unanswered, it is a whole session with the screen, not a check-in.
        var profile = await Profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Hold is { } hold && !hold.StandsAt(Time.GetUtcNow(), Coach.EmergencyHold))
        {
            profile.Hold = null;
            return await innerDc.BeginDialogAsync(DialogIds.Session, null, cancellationToken).ConfigureAwait(false);
        }

        return await HoldAsync(innerDc, null, cancellationToken).ConfigureAwait(false)
            ?? await innerDc.BeginDialogAsync(DialogIds.CheckIn, checkIn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Also starts a whole new session (red-flag screen included) when the person confirmed they have been checked.</summary>
    protected override async Task<DialogTurnResult> AfterInnerDialogsAsync(DialogContext innerDc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        var after = await base.AfterInnerDialogsAsync(innerDc, result, cancellationToken).ConfigureAwait(false);
        return after is { Status: DialogTurnStatus.Complete, Result: SafetyHoldDialog.Lifted }
            ? await innerDc.BeginDialogAsync(DialogIds.Session, null, cancellationToken).ConfigureAwait(false)
            : after;
    }
}
