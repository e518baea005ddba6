using System.Globalization;
using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
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
    private const string CardKey = "card";

    private readonly ITimerScheduler _timers;
    private readonly CoachOptions _coach;
    private readonly TimeProvider _time;
    private readonly MessageUpdates _updates;

    /// <summary>Creates the dialog.</summary>
    /// <param name="dialogId">Its id.</param>
    /// <param name="timers">Schedules the cues.</param>
    /// <param name="coach">The time scale.</param>
    /// <param name="time">The clock.</param>
    /// <param name="updates">Where one card is redrawn at each cue instead of a message per cue.</param>
    public TimedCuesDialog(string dialogId, ITimerScheduler timers, CoachOptions coach, TimeProvider time, MessageUpdates updates)
        : base(dialogId)
    {
        _timers = timers ?? throw new ArgumentNullException(nameof(timers));
        _coach = coach ?? throw new ArgumentNullException(nameof(coach));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _updates = updates ?? throw new ArgumentNullException(nameof(updates));
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

        await SayCueAsync(dc, hold, 0, cancellationToken).ConfigureAwait(false);
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
                await EndCardAsync(dc, hold, hold.StoppedLabel, cancellationToken).ConfigureAwait(false);
                await dc.Context.SendActivityAsync(MessageFactory.Text(hold.StoppedText), cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
            case TimedHoldEnding.Done:
                await _timers.CancelAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
                await EndCardAsync(dc, hold, hold.FinishedLabel, cancellationToken).ConfigureAwait(false);
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
            await EndCardAsync(dc, hold, hold.FinishedLabel, cancellationToken).ConfigureAwait(false);
            await dc.Context.SendActivityAsync(MessageFactory.Text(hold.WelcomeBackText), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false);
        }

        await SayCueAsync(dc, hold, index, cancellationToken).ConfigureAwait(false);
        state[NextCueKey] = index + 1;
        return index == hold.Cues.Count - 1
            ? await dc.EndDialogAsync(TimedHoldEnding.Completed, cancellationToken).ConfigureAwait(false)
            : EndOfTurn;
    }

    // Where the conversation can update a shown message, the cue redraws the hold's one card (at
    // most one update a cue, within Teams' limits); where it cannot, each cue is a message. A
    // failed update falls back to a new card, so no cue is lost.
    private async Task SayCueAsync(DialogContext dc, TimedCuesOptions hold, int index, CancellationToken cancellationToken)
    {
        if (!_updates.CanUpdate(dc.Context.Activity))
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(hold.Cues[index].Text), cancellationToken).ConfigureAwait(false);
            return;
        }

        var state = dc.ActiveDialog!.State;
        var card = TimerCard.Running(dc.Context.Activity.ChannelId, hold, index);
        if (state.TryGetValue(CardKey, out var shown) && shown is string id && await TryUpdateAsync(dc.Context, card, id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var sent = await dc.Context.SendActivityAsync(card, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(sent?.Id))
        {
            state.Remove(CardKey);
        }
        else
        {
            state[CardKey] = sent.Id;
        }
    }

    // The card's buttons go when the hold ends early, so a late tap cannot answer the next question.
    private static async Task EndCardAsync(DialogContext dc, TimedCuesOptions hold, string label, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        if (state.TryGetValue(CardKey, out var shown) && shown is string id)
        {
            var said = Math.Max(0, Convert.ToInt32(state[NextCueKey], CultureInfo.InvariantCulture) - 1);
            await TryUpdateAsync(dc.Context, TimerCard.Ended(dc.Context.Activity.ChannelId, hold, said, label), id, cancellationToken).ConfigureAwait(false);
            state.Remove(CardKey);
        }
    }

    private static async Task<bool> TryUpdateAsync(ITurnContext context, Activity card, string id, CancellationToken cancellationToken)
    {
        card.Id = id;
        card.Conversation = context.Activity.Conversation;
        try
        {
            await context.UpdateActivityAsync(card, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or NotSupportedException or NotImplementedException)
        {
            return false;
        }
    }
}
