using System.Collections.Concurrent;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Timing;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// The root of the conversation. Before any step sees a message, it checks for red-flag words
/// (which stop everything and give the safety advice) and for the commands that work at any
/// moment (help, about, cancel, start over, delete my data). Then it runs one session: consent,
/// where it hurts, the red-flag screen, cautions, the release, the stretch, and the rating after.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string PlanKey = "plan";
    private const string CautionsKey = "cautions";

    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly RatingRecorder _ratings;
    private readonly ITimerScheduler _timers;
    private readonly ICheckInScheduler _checkIns;
    private readonly IProgressReports _reports;
    private readonly CoachOptions _coach;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, RedFlagDetector> _detectors = new();

    /// <summary>Creates the root dialog from its parts.</summary>
    public MainDialog(
        ContentLibrary library,
        UserState userState,
        RatingRecorder ratings,
        ITimerScheduler timers,
        ICheckInScheduler checkIns,
        IProgressReports reports,
        WhereItHurtsDialog whereItHurts,
        ScreeningDialog screening,
        CautionsDialog cautions,
        ReleaseDialog release,
        StretchDialog stretch,
        DeleteDataDialog deleteData,
        EnrolDialog enrol,
        CheckInDialog checkIn,
        ExportDialog export,
        SymptomCheckDialog symptomCheck,
        SafetyHoldDialog safetyHold,
        AgeDialog age,
        CoachOptions coach,
        TimeProvider time)
        : base(DialogIds.Main)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _ratings = ratings ?? throw new ArgumentNullException(nameof(ratings));
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _checkIns = checkIns ?? throw new ArgumentNullException(nameof(checkIns));
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
        _coach = coach ?? throw new ArgumentNullException(nameof(coach));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);

        AddDialog(new WaterfallDialog(DialogIds.Session,
        [
            AskAgeAsync, AskConsentAsync, AskWhereAsync, ScreenAsync, AskCautionsAsync, ReleaseAsync, StretchAsync, AskPainAfterAsync, CompareAsync, FinishAsync, EndSessionAsync,
        ]));
        AddDialog(new ConfirmPrompt(DialogIds.Confirm) { Style = ListStyle.SuggestedAction });
        AddDialog(new ConfirmPrompt(DialogIds.Consent, PlainYesNo.Validator(library)) { Style = ListStyle.SuggestedAction });
        AddDialog(new NumberPrompt<int>(DialogIds.PainRating, PainScale.Validator(library)));
        AddDialog(whereItHurts);
        AddDialog(screening);
        AddDialog(cautions);
        AddDialog(release);
        AddDialog(stretch);
        AddDialog(deleteData);
        AddDialog(enrol);
        AddDialog(checkIn);
        AddDialog(export);
        AddDialog(symptomCheck);
        AddDialog(safetyHold);
        AddDialog(age);
        InitialDialogId = DialogIds.Session;
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (options is CheckInStart checkIn)
        {
            // During a hold a check-in asks first whether the person has been checked; after an
            // emergency hold ran out unanswered, it is a whole session with the screen, not a check-in.
            var profile = await _profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
            if (profile.Hold is { } hold && !hold.StandsAt(_time.GetUtcNow(), _coach.EmergencyHold))
            {
                profile.Hold = null;
                return await innerDc.BeginDialogAsync(DialogIds.Session, null, cancellationToken).ConfigureAwait(false);
            }

            return await HoldAsync(innerDc, null, cancellationToken).ConfigureAwait(false)
                ?? await innerDc.BeginDialogAsync(DialogIds.CheckIn, checkIn, cancellationToken).ConfigureAwait(false);
        }

        // A conversation opened (or a greeting) during a hold meets the hold, not a new session.
        var held = innerDc.Context.Activity.Type == ActivityTypes.Message ? null : await HoldAsync(innerDc, null, cancellationToken).ConfigureAwait(false);
        return await AfterInnerDialogsAsync(innerDc, held ?? await InterruptAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await base.OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await AfterInnerDialogsAsync(innerDc, await InterruptAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    // Two things only the root can do, once the inner dialogs have returned: end the whole stack
    // when a symptom question deep in it was answered "yes", and start a whole new session (red-flag
    // screen included) when the person confirmed they have been checked.
    private async Task<DialogTurnResult> AfterInnerDialogsAsync(DialogContext innerDc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (SafetyStopRequest.Take(innerDc.Context) is { } outcome)
        {
            await StopForSafetyAsync(innerDc, _library.For(innerDc.Context.Activity.Locale), outcome, cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return result is { Status: DialogTurnStatus.Complete, Result: SafetyHoldDialog.Lifted }
            ? await innerDc.BeginDialogAsync(DialogIds.Session, null, cancellationToken).ConfigureAwait(false)
            : result;
    }

    /// <summary>
    /// While a safety hold stands, everything but a few harmless commands meets the hold: the
    /// session (and any release) ends, and the hold asks whether the person has been checked; when
    /// its question is already waiting, the answer goes to it ("start over" included). Returns null
    /// when there is no hold or the command may go ahead, and the hold's own result otherwise.
    /// </summary>
    private async Task<DialogTurnResult?> HoldAsync(DialogContext innerDc, string? command, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Hold is not { } hold)
        {
            return null;
        }

        if (!hold.StandsAt(_time.GetUtcNow(), _coach.EmergencyHold))
        {
            profile.Hold = null;
            return null;
        }

        if (command is GlobalCommand.Help or GlobalCommand.About or GlobalCommand.DeleteMyData or GlobalCommand.Export or GlobalCommand.ShowProgress or GlobalCommand.StopCheckIns or GlobalCommand.PauseCheckIns)
        {
            return null;
        }

        // A deletion or an export asked for during the hold gets its answer ("yes, delete"), not
        // the hold's question: the person would otherwise believe their data gone.
        if (innerDc.ActiveDialog?.Id is DialogIds.DeleteData or DialogIds.Export)
        {
            return null;
        }

        if (innerDc.ActiveDialog?.Id == DialogIds.SafetyHold)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }

        await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(DialogIds.SafetyHold, hold, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var content = _library.For(activity.Locale);
        var sign = _detectors.GetOrAdd(content.Language, _ => new RedFlagDetector(content.Symptoms)).Detect(activity.Text);
        if (sign is { IsCertain: true })
        {
            await StopForSafetyAsync(innerDc, content, sign.Outcome, cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        // While a symptom question waits, the reply answers it ("no, just clumsy from being tired"),
        // even when it names the symptom again; only a certain emergency cuts in.
        if (sign is not null && !IsAskingAboutSymptom(innerDc))
        {
            return await AskAboutSymptomAsync(innerDc, sign, cancellationToken).ConfigureAwait(false);
        }

        var command = GlobalCommand.Recognize(activity.Text);
        if (await HoldAsync(innerDc, command, cancellationToken).ConfigureAwait(false) is { } held)
        {
            return held;
        }

        if (command is null && await SmallTalkAsync(innerDc, content, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            return answered;
        }

        switch (command)
        {
            case GlobalCommand.Help:
                return await AnswerAndRepromptAsync(innerDc, content.Text(TextKeys.Help), cancellationToken).ConfigureAwait(false);
            case GlobalCommand.About:
                return await AnswerAndRepromptAsync(innerDc, content.Text(TextKeys.About), cancellationToken).ConfigureAwait(false);
            case GlobalCommand.Cancel:
                await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.Cancel)), cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case GlobalCommand.StartOver:
                await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.StartOver)), cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(DialogIds.Session, null, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.ShowProgress:
                await innerDc.Context.SendActivityAsync(
                    await _reports.ProgressMessageAsync(UserKeys.For(activity), cancellationToken).ConfigureAwait(false) ?? MessageFactory.Text(content.Text(TextKeys.ProgressNone)),
                    cancellationToken).ConfigureAwait(false);
                return await AnswerAndRepromptAsync(innerDc, null, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.Export:
                // The export pauses whatever runs; when it ends, the question before it comes back.
                return await innerDc.BeginDialogAsync(DialogIds.Export, null, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.StopCheckIns or GlobalCommand.PauseCheckIns or GlobalCommand.ResumeCheckIns or GlobalCommand.Snooze or GlobalCommand.SkipToday or GlobalCommand.ChangeTimes:
                return await ChangeCheckInsAsync(innerDc, content, command, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.DeleteMyData:
                // The session ends first: it must not go on to store a rating after the deletion.
                await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(DialogIds.DeleteData, null, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>
    /// A greeting mid-session gets "Hi again" and the question it interrupted; a common question
    /// ("how long will this take?") gets its short answer and the question again. After a session,
    /// "thanks" or "ok" from someone the coach knows gets a friendly word instead of a new session.
    /// Returns null for anything else.
    /// </summary>
    private async Task<DialogTurnResult?> SmallTalkAsync(DialogContext innerDc, LanguageContent content, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text;
        var talk = content.Routine.SmallTalk;
        if (innerDc.ActiveDialog is null)
        {
            var profile = await _profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
            if (profile.AgeGroup is null || !talk.IsClosing(text))
            {
                return null;
            }

            await innerDc.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ClosingReply)), cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (talk.IsGreeting(text))
        {
            // "Hi again" only to someone the coach has met; a newcomer's "hey" gets a plain "Hi!".
            var known = (await _profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false)).AgeGroup is not null;
            return await AnswerAndRepromptAsync(innerDc, content.Text(known ? TextKeys.GreetingAgain : TextKeys.GreetingFirst), cancellationToken).ConfigureAwait(false);
        }

        return talk.QuestionIn(text) is { } question
            ? await AnswerAndRepromptAsync(innerDc, question.Answer.Text, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static bool IsAskingAboutSymptom(DialogContext innerDc)
    {
        for (DialogContext? dc = innerDc; dc is not null; dc = dc.Child)
        {
            if (dc.ActiveDialog?.Id == DialogIds.SymptomCheck)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Asks the sign's own question at once, on top of whatever is waiting (the deepest dialog, so
    /// that a clear "no" returns to exactly that question). A running hold's cues stop first.
    /// </summary>
    private async Task<DialogTurnResult> AskAboutSymptomAsync(DialogContext innerDc, SymptomSign sign, CancellationToken cancellationToken)
    {
        var waiting = innerDc;
        while (waiting.Child is { } child)
        {
            waiting = child;
        }

        var holdRunning = waiting.ActiveDialog?.Id == DialogIds.TimedHold;
        if (holdRunning)
        {
            await _timers.CancelAsync(innerDc.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }

        await waiting.BeginDialogAsync(DialogIds.SymptomCheck, new SymptomCheck { SignId = sign.Id, HoldInterrupted = holdRunning }, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    private async Task<DialogTurnResult> ChangeCheckInsAsync(DialogContext innerDc, LanguageContent content, string command, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        var userKey = UserKeys.For(turn.Activity);
        var profile = await _profile.GetAsync(turn, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Program is not { Active: true } program)
        {
            return await AnswerAndRepromptAsync(innerDc, content.Text(TextKeys.ProgramNone), cancellationToken).ConfigureAwait(false);
        }

        if (command == GlobalCommand.ChangeTimes)
        {
            return await innerDc.BeginDialogAsync(DialogIds.Enrol, program, cancellationToken).ConfigureAwait(false);
        }

        string reply;
        switch (command)
        {
            case GlobalCommand.SkipToday:
                await _checkIns.SkipTodayAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramSkipped;
                break;
            case GlobalCommand.StopCheckIns:
                program.Active = false;
                await _checkIns.StopAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramStopped;
                break;
            case GlobalCommand.PauseCheckIns:
                program.Paused = true;
                await _checkIns.StopAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramPaused;
                break;
            case GlobalCommand.ResumeCheckIns:
                program.Paused = false;
                var reference = profile.ConversationReference ?? turn.Activity.GetConversationReference();
                await _checkIns.ScheduleAsync(userKey, reference, program.TimesOfDay, profile.TimeZone ?? "Etc/UTC", cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramResumed;
                break;
            default:
                await _checkIns.SnoozeAsync(userKey, TimeSpan.FromHours(1), cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramSnoozed;
                break;
        }

        // A snoozed or skipped check-in in progress ends here.
        if (command is GlobalCommand.Snooze or GlobalCommand.SkipToday && innerDc.ActiveDialog?.Id == DialogIds.CheckIn)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(reply)), cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return await AnswerAndRepromptAsync(innerDc, content.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AnswerAndRepromptAsync(DialogContext innerDc, string? text, CancellationToken cancellationToken)
    {
        if (text is not null)
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        }

        if (innerDc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    private async Task EndEverythingAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await _timers.CancelAsync(innerDc.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StopForSafetyAsync(DialogContext dc, LanguageContent content, string outcome, CancellationToken cancellationToken)
    {
        await EndEverythingAsync(dc, cancellationToken).ConfigureAwait(false);
        var locale = dc.Context.Activity.Locale;
        var advice = LanguageContent.Fill(content.RedFlags.Outcomes[outcome].Text, new
        {
            emergencyNumber = content.Routine.EmergencyNumberFor(locale),
            nurseLine = content.Routine.NurseLineFor(locale),
            crisisLine = content.Routine.CrisisLineFor(locale),
        });
        await dc.Context.SendActivityAsync(MessageFactory.Text(advice), cancellationToken).ConfigureAwait(false);
        if (SafetyOutcomes.Holds(outcome))
        {
            var profile = await _profile.GetAsync(dc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
            profile.Hold = new SafetyHold { Outcome = outcome, SinceUtcTicks = _time.GetUtcNow().UtcTicks };
            var stopped = content.Text(TextKeys.SessionStoppedForSafety);

            // Only someone in the program is told it is paused; anyone else has nothing to pause.
            if (profile.Program is { Active: true })
            {
                stopped += " " + content.Text(TextKeys.HoldProgramPaused);
            }

            await dc.Context.SendActivityAsync(MessageFactory.Text(stopped), cancellationToken).ConfigureAwait(false);
        }
    }

    // Age comes before consent: someone under 18 is not asked to let the coach keep health data.
    private async Task<DialogTurnResult> AskAgeAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Options is SessionPlan { FromCheckIn: true }
            ? await step.NextAsync(AgeGroups.Adult, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(DialogIds.Age, null, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A session started from a check-in arrives with its plan; consent and the area are known.
        if (step.Options is SessionPlan { FromCheckIn: true } planned)
        {
            step.Values[PlanKey] = planned;
            return await step.NextAsync(planned.StoreRatings, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result as string == AgeGroups.Young)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.ConsentToStoreRatings is { } decided)
        {
            return await step.NextAsync(decided, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context.Activity.Locale);
        return await step.PromptAsync(DialogIds.Consent, content.Ask(TextKeys.ConsentAsk, TextKeys.ConsentRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGetValue(PlanKey, out var planned))
        {
            return await step.NextAsync(planned, cancellationToken).ConfigureAwait(false);
        }

        var content = _library.For(step.Context.Activity.Locale);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        var consent = (bool)step.Result!;
        if (profile.ConsentToStoreRatings is null)
        {
            profile.ConsentToStoreRatings = consent;
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(consent ? TextKeys.ConsentYes : TextKeys.ConsentNo)), cancellationToken).ConfigureAwait(false);
        }

        // Only a real zone is kept, and a stored one that is not (from an older version) is replaced.
        if (!TimeZoneIds.IsKnown(profile.TimeZone))
        {
            profile.TimeZone = TimeZoneIds.IsKnown(step.Context.Activity.LocalTimezone) ? step.Context.Activity.LocalTimezone : null;
        }
        return await step.BeginDialogAsync(DialogIds.WhereItHurts, new SessionPlan { StoreRatings = consent }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ScreenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Result!;
        step.Values[PlanKey] = plan;
        plan.AgeYears = (await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false)).AgeYears;
        if (plan.FromCheckIn)
        {
            // The check-in just rated the pain and asked about numbness and spread; an area the
            // program rotates to is screened with its own questions the first time it comes up,
            // and the questions asked every session (the clot screen) come every time.
            var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
            plan.AreaScreenedBefore = profile.ScreenedAreas.Contains(plan.AreaId);
            return await step.BeginDialogAsync(DialogIds.Screening, new ScreeningRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
        }

        await RecordAsync(step.Context, plan, PainRatingPhases.Before, plan.PainBefore!.Value, cancellationToken).ConfigureAwait(false);

        var content = _library.For(step.Context.Activity.Locale);
        if (plan.PainBefore >= content.Routine.SeverePain)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.PainSevere)), cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(DialogIds.Screening, new ScreeningRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCautionsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context.Activity.Locale);
        var screen = (ScreeningResult)step.Result!;
        if (screen.Outcome is { } outcome && SafetyOutcomes.StopsSession(outcome))
        {
            await StopForSafetyAsync(step, content, outcome, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var screened = (await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false)).ScreenedAreas;
        if (!screened.Contains(plan.AreaId))
        {
            screened.Add(plan.AreaId);
        }

        if (plan.FromCheckIn)
        {
            return await step.NextAsync(new CautionsRound { Plan = plan, CautionIds = plan.CautionIds }, cancellationToken).ConfigureAwait(false);
        }

        plan.AdviseTherapist = screen.Outcome == SafetyOutcomes.Therapist || plan.IsChronic;
        var reply = plan.AdviseTherapist
            ? (plan.IsChronic ? content.Text(TextKeys.ScreenChronic) + " " : string.Empty) + content.RedFlags.Outcomes[SafetyOutcomes.Therapist].Text
            : content.Text(TextKeys.ScreenClear);
        await step.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(DialogIds.Cautions, new CautionsRound { Plan = plan }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReleaseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Result!;
        var plan = (SessionPlan)step.Values[PlanKey];
        plan.CautionIds = round.CautionIds;
        plan.StretchOnly = round.StretchOnly;
        step.Values[CautionsKey] = round;

        if (round.StretchOnly)
        {
            var content = _library.For(step.Context.Activity.Locale);
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.CautionsStretchOnly)), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false);
        }

        round.Plan = plan;
        return await step.BeginDialogAsync(DialogIds.Release, round, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StretchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Someone who said "stop" during the release is not pushed into a stretch.
        if (step.Result as string == TimedHoldEnding.Stopped)
        {
            return await step.NextAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
        }

        var plan = (SessionPlan)step.Values[PlanKey];
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        plan.OlderAdult = profile.AgeGroup == AgeGroups.Older;
        return await step.BeginDialogAsync(DialogIds.Stretch, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskPainAfterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context.Activity.Locale);
        return await step.PromptAsync(DialogIds.PainRating, content.Ask(TextKeys.PainAfterAsk, TextKeys.PainRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CompareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context.Activity.Locale);
        plan.PainAfter = (int)step.Result!;
        await RecordAsync(step.Context, plan, PainRatingPhases.After, plan.PainAfter.Value, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(MessageFactory.Text(PainComparison.Describe(content, plan.PainBefore!.Value, plan.PainAfter.Value)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.SwellingAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = (SessionPlan)step.Values[PlanKey];
        var content = _library.For(step.Context.Activity.Locale);
        if ((bool)step.Result!)
        {
            // Knots do not swell: in the calf or thigh, swelling is a clot sign, not a reason for ice.
            if (content.Area(plan.AreaId).RequiresClotScreen)
            {
                await StopForSafetyAsync(step, content, SafetyOutcomes.DoctorToday, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.IceTip)), cancellationToken).ConfigureAwait(false);
        }

        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        profile.LastArea = plan.AreaId;

        // The program is offered once a first session is done, to people who keep a log.
        if (!plan.FromCheckIn && plan.StoreRatings && profile.Program is not { Active: true })
        {
            return await step.BeginDialogAsync(DialogIds.Enrol, plan, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    // Goodbye comes last, after the program offer, so "say hi any time" is the final word.
    private async Task<DialogTurnResult> EndSessionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context.Activity.Locale);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.SessionEnd)), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(step.Values[PlanKey], cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(ITurnContext turn, SessionPlan plan, string phase, int rating, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turn, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        await _ratings.RecordAsync(turn, plan, phase, rating, profile.TimeZone, plan.ProgramDay, cancellationToken).ConfigureAwait(false);
    }
}
