using System.Collections.Concurrent;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Timing;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// A component whose inner dialogs can be interrupted, as the official samples' CancelAndHelp
/// dialog is, by what must work at any moment: red-flag words (which stop everything and give the
/// safety advice, or ask their own question), a standing safety hold, help, about, cancel, start
/// over, delete my data, show my progress, export, the program's commands, and small talk. Only a
/// message is checked; events go straight to the waiting dialog.
/// </summary>
public abstract class InterruptibleDialog : ComponentDialog
{
    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;
    private readonly ITimerScheduler _timers;
    private readonly IProgressReports _reports;
    private readonly CoachOptions _coach;
    private readonly TimeProvider _time;
    // "tengo 41 años", "I'm 41 years old": at most this many words.
    private const int ShortAgeAnswerWords = 4;

    private readonly ConcurrentDictionary<string, RedFlagDetector> _detectors = new();

    /// <summary>Creates the dialog with what its interruptions need.</summary>
    protected InterruptibleDialog(string dialogId, ContentLibrary library, UserState userState, ITimerScheduler timers, IProgressReports reports, CoachOptions coach, TimeProvider time)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
        _coach = coach ?? throw new ArgumentNullException(nameof(coach));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
    }

    /// <summary>How long an emergency hold stands.</summary>
    protected CoachOptions Coach => _coach;

    /// <summary>The clock.</summary>
    protected TimeProvider Time => _time;

    /// <summary>The person's profile.</summary>
    protected IStatePropertyAccessor<CoachProfile> Profile => _profile;

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);

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

    /// <summary>
    /// Once the inner dialogs have returned: a dialog deep in the stack that asked for a safety
    /// stop (a symptom answered "yes", a screen that found a red flag) gets it here, where the
    /// whole stack can be ended.
    /// </summary>
    protected virtual async Task<DialogTurnResult> AfterInnerDialogsAsync(DialogContext innerDc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (SafetyStopRequest.Take(innerDc.Context) is { } outcome)
        {
            await StopForSafetyAsync(innerDc, _library.For(innerDc.Context), outcome, cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return result;
    }

    /// <summary>
    /// While a safety hold stands, everything but a few harmless commands meets the hold: the
    /// session (and any release) ends, and the hold asks whether the person has been checked; when
    /// its question is already waiting, the answer goes to it ("start over" included). Returns null
    /// when there is no hold or the command may go ahead, and the hold's own result otherwise.
    /// </summary>
    protected async Task<DialogTurnResult?> HoldAsync(DialogContext innerDc, string? command, CancellationToken cancellationToken)
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

    /// <summary>
    /// What a message may do before the waiting dialog sees it: red-flag words stop everything
    /// (or ask their own question), a standing hold comes first, then the commands that work at
    /// any moment and small talk. Returns null when the waiting dialog should have the message.
    /// </summary>
    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        var content = _library.For(innerDc.Context);
        var (sign, signLanguage) = IsShortAnswerToAge(innerDc, activity.Text) ? (null, content) : DetectRedFlag(activity.Text, content);
        if (sign is { IsCertain: true })
        {
            await StopForSafetyAsync(innerDc, signLanguage, sign.Outcome, cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        // While a symptom question waits, the reply answers it ("no, just clumsy from being tired"),
        // even when it names the symptom again; only a certain emergency cuts in.
        if (sign is not null && !IsAskingAboutSymptom(innerDc))
        {
            return await AskAboutSymptomAsync(innerDc, sign, cancellationToken).ConfigureAwait(false);
        }

        if (_library.LanguageNamed(activity.Text) is { } language)
        {
            return await SwitchLanguageAsync(innerDc, language, cancellationToken).ConfigureAwait(false);
        }

        var command = GlobalCommand.Recognize(activity.Text, content, _library);
        if (await HoldAsync(innerDc, command, cancellationToken).ConfigureAwait(false) is { } held)
        {
            return held;
        }

        // While a symptom question waits, a reply that sounds like small talk ("vale, ¿y ahora qué?")
        // is that question's answer: the safe reading of a shrug there is a yes.
        if (command is null && !IsAskingAboutSymptom(innerDc) && await SmallTalkAsync(innerDc, content, cancellationToken).ConfigureAwait(false) is { } answered)
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
                return await innerDc.BeginDialogAsync(InitialDialogId ?? DialogIds.Session, null, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.ShowProgress:
                await innerDc.Context.SendActivityAsync(
                    await _reports.ProgressMessageAsync(UserKeys.For(activity), activity.Locale, cancellationToken).ConfigureAwait(false) ?? MessageFactory.Text(content.Text(TextKeys.ProgressNone)),
                    cancellationToken).ConfigureAwait(false);
                return await AnswerAndRepromptAsync(innerDc, null, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.Export:
                // The export pauses whatever runs; when it ends, the question before it comes back.
                return await innerDc.BeginDialogAsync(DialogIds.Export, null, cancellationToken).ConfigureAwait(false);
            case var _ when ProgramCommandsDialog.Handles(command):
                // A check-in put off (snoozed, skipped) ends here; anything else waits and is asked again.
                if (ProgramCommandsDialog.EndsCheckIn(command) && innerDc.ActiveDialog?.Id == DialogIds.CheckIn)
                {
                    await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                }

                return await innerDc.BeginDialogAsync(DialogIds.ProgramCommands, command, cancellationToken).ConfigureAwait(false);
            case GlobalCommand.DeleteMyData:
                // The session ends first: it must not go on to store a rating after the deletion.
                await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(DialogIds.DeleteData, null, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>
    /// "español" or "in English": the choice is kept in the profile (the host applies it to every
    /// later turn, check-ins included) and applies to this turn at once. A question already asked
    /// stays in the old language if merely repeated, so whatever waits ends and the session begins
    /// again in the chosen language (what the profile keeps, such as the age, is not asked again);
    /// a standing safety hold asks its own question again instead.
    /// </summary>
    private async Task<DialogTurnResult> SwitchLanguageAsync(DialogContext innerDc, string language, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(innerDc.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        profile.Language = language;
        var activity = innerDc.Context.Activity;
        activity.Locale = ContentLibrary.LocaleIn(language, activity.Locale);
        await innerDc.Context.SendActivityAsync(MessageFactory.Text(_library.For(innerDc.Context).Text(TextKeys.LanguageChanged)), cancellationToken).ConfigureAwait(false);
        await EndEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await HoldAsync(innerDc, null, cancellationToken).ConfigureAwait(false)
            ?? await innerDc.BeginDialogAsync(InitialDialogId ?? DialogIds.Session, null, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Red-flag words in the person's language first. When that language finds none and the
    /// message does not speak of symptoms in its words at all, every other language is tried:
    /// someone whose browser says English may still describe chest pain in Spanish, and safety
    /// must not depend on the locale. A message the person's language understood and set aside
    /// ("a numb feeling about work") is not read again in another. The advice comes in the
    /// language the words were found in.
    /// </summary>
    private (SymptomSign? Sign, LanguageContent Language) DetectRedFlag(string? text, LanguageContent content)
    {
        var own = Detector(content);
        if (own.Detect(text) is { } sign)
        {
            return (sign, content);
        }

        if (own.SpeaksOfSymptoms(text))
        {
            return (null, content);
        }

        foreach (var other in _library.Languages.Select(_library.For).Where(l => l != content))
        {
            if (Detector(other).Detect(text) is { } found)
            {
                return (found, other);
            }
        }

        return (null, content);
    }

    private RedFlagDetector Detector(LanguageContent language) =>
        _detectors.GetOrAdd(language.Language, _ => new RedFlagDetector(language.Symptoms));

    // "tengo 41" answers "How old are you?"; anywhere else it can mean a fever of 41. A short
    // answer with a number while the age question waits is the age, not a symptom.
    private static bool IsShortAnswerToAge(DialogContext innerDc, string? text)
    {
        var words = MessageWords.Split(text).Where(w => w != MessageWords.ClauseEnd).ToList();
        if (words.Count > ShortAgeAnswerWords || !words.Any(w => w.Any(char.IsDigit)))
        {
            return false;
        }

        return DialogStack.Runs(innerDc, DialogIds.Age);
    }

    private static bool IsAskingAboutSymptom(DialogContext innerDc) => DialogStack.Runs(innerDc, DialogIds.SymptomCheck);

    /// <summary>
    /// Asks the sign's own question at once, on top of whatever is waiting (the deepest dialog, so
    /// that a clear "no" returns to exactly that question). A running hold's cues stop first.
    /// </summary>
    private async Task<DialogTurnResult> AskAboutSymptomAsync(DialogContext innerDc, SymptomSign sign, CancellationToken cancellationToken)
    {
        var waiting = DialogStack.Deepest(innerDc);

        var holdRunning = waiting.ActiveDialog?.Id == DialogIds.TimedHold;
        if (holdRunning)
        {
            await _timers.CancelAsync(innerDc.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }

        await waiting.BeginDialogAsync(DialogIds.SymptomCheck, new SymptomCheck { SignId = sign.Id, HoldInterrupted = holdRunning }, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
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

        // The question that waits is asked from the deepest live context: a symptom question is
        // pushed onto whatever waited (a child stack whose own set does not hold it), and only the
        // live chain of contexts can find it through its parents.
        var waiting = DialogStack.Deepest(innerDc);

        await waiting.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Stops a running hold's cues and ends every dialog.</summary>
    protected async Task EndEverythingAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await _timers.CancelAsync(innerDc.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends everything and gives the advice of <paramref name="outcome"/>; an outcome that holds starts a safety hold.</summary>
    protected async Task StopForSafetyAsync(DialogContext dc, LanguageContent content, string outcome, CancellationToken cancellationToken)
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
}
