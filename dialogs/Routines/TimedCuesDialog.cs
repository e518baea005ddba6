using System.Globalization;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// A timed hold (a release, a stretch) that never keeps a turn waiting: it says the first cue,
/// schedules the others as durable timers and ends the turn. Each timer comes back as an event
/// activity that this dialog, still on top of the stack, turns into the next cue. The person can
/// answer at any time ("done", "too much", "stop"). A restarted bot still delivers the remaining
/// cues; cues that arrive more than a minute late are replaced by one "welcome back".
/// </summary>
public sealed class TimedCuesDialog : Dialog
{
    /// <summary>The name of the event activities this dialog waits for.</summary>
    public const string CueEventName = "coachCue";

    private const string OptionsKey = "options";
    private const string RunKey = "run";
    private const string StartedKey = "started";
    private const string NextCueKey = "nextCue";

    private readonly ITimerScheduler _timers;
    private readonly CoachOptions _coach;
    private readonly TimeProvider _time;

    /// <summary>Creates the dialog.</summary>
    public TimedCuesDialog(string dialogId, ITimerScheduler timers, CoachOptions coach, TimeProvider time)
        : base(dialogId)
    {
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _coach = coach ?? throw new ArgumentNullException(nameof(coach));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var hold = options as TimedCuesOptions ?? throw new ArgumentException("A timed hold needs TimedCuesOptions.", nameof(options));
        if (hold.Cues.Count == 0)
        {
            return await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false);
        }

        var run = Guid.NewGuid().ToString("N");
        var started = _time.GetUtcNow();
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = hold;
        state[RunKey] = run;
        // Ticks, not a date string: JSON readers turn date-looking strings into DateTime.
        state[StartedKey] = started.UtcTicks;
        state[NextCueKey] = 1;

        var reference = dc.Context.Activity.GetConversationReference();
        var timers = hold.Cues
            .Select((cue, index) => (cue, index))
            .Skip(1)
            .Select(x => new TimerRequest(CueEventName, started + _coach.Scaled(x.cue.AtSeconds), new JObject { ["run"] = run, ["cue"] = x.index }.ToString(Newtonsoft.Json.Formatting.None)))
            .ToList();
        await _timers.ScheduleAsync(reference, timers, cancellationToken).ConfigureAwait(false);

        await dc.Context.SendActivityAsync(MessageFactory.Text(hold.Cues[0].Text), cancellationToken).ConfigureAwait(false);
        return hold.Cues.Count == 1
            ? await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false)
            : EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var state = dc.ActiveDialog!.State;
        var hold = (TimedCuesOptions)state[OptionsKey];

        if (activity.Type == ActivityTypes.Event && activity.Name == CueEventName)
        {
            return await OnCueAsync(dc, hold, activity.Value, cancellationToken).ConfigureAwait(false);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        switch (HoldReply.Classify(activity.Text, hold.Replies))
        {
            case TimedHoldEnding.Stopped:
                await _timers.CancelAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
                await dc.Context.SendActivityAsync(MessageFactory.Text(hold.StoppedText), cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
            case TimedHoldEnding.Done:
                await _timers.CancelAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
                await dc.Context.SendActivityAsync(MessageFactory.Text(hold.DoneText), cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(TimedHoldEnding.Done, cancellationToken).ConfigureAwait(false);
            case "too-much":
                await dc.Context.SendActivityAsync(MessageFactory.Text(hold.TooMuchText), cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            default:
                await dc.Context.SendActivityAsync(MessageFactory.Text(hold.WaitingText), cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
        }
    }

    /// <summary>
    /// Something pushed above the hold has ended: only a question about a symptom the person
    /// mentioned does that, and the root dialog cancelled the cues before asking it, so the hold
    /// ends here as stopped.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var hold = (TimedCuesOptions)dc.ActiveDialog!.State[OptionsKey];
        await dc.Context.SendActivityAsync(MessageFactory.Text(hold.StoppedText), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var hold = (TimedCuesOptions)instance.State[OptionsKey];
        await turnContext.SendActivityAsync(MessageFactory.Text(hold.WaitingText), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> OnCueAsync(DialogContext dc, TimedCuesOptions hold, object? value, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var cue = value switch
        {
            JObject json => json,
            string text => JObject.Parse(text),
            _ => null,
        };
        var next = Convert.ToInt32(state[NextCueKey], CultureInfo.InvariantCulture);
        var index = cue?.Value<int?>("cue") ?? -1;

        // A cue of an earlier hold, or one already said (a timer delivered twice), changes nothing.
        if (cue?.Value<string>("run") != (string)state[RunKey] || index < next || index >= hold.Cues.Count)
        {
            return EndOfTurn;
        }

        var started = new DateTimeOffset(Convert.ToInt64(state[StartedKey], CultureInfo.InvariantCulture), TimeSpan.Zero);
        var due = started + _coach.Scaled(hold.Cues[index].AtSeconds);
        if (_time.GetUtcNow() - due > TimeSpan.FromSeconds(hold.StaleAfterSeconds))
        {
            await _timers.CancelAsync(dc.Context.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
            await dc.Context.SendActivityAsync(MessageFactory.Text(hold.WelcomeBackText), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false);
        }

        await dc.Context.SendActivityAsync(MessageFactory.Text(hold.Cues[index].Text), cancellationToken).ConfigureAwait(false);
        state[NextCueKey] = index + 1;
        return index == hold.Cues.Count - 1
            ? await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false)
            : EndOfTurn;
    }
}
