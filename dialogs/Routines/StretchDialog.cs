using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// The area's stretch as timed holds (two holds of 20-30 s with a short rest), said the same way
/// as the release: cues on durable timers, "done", "too much" or "stop" at any time.
/// </summary>
public sealed class StretchDialog : ComponentDialog
{
    private readonly ContentLibrary _library;

    /// <summary>Creates the dialog around a <see cref="TimedCuesDialog"/>.</summary>
    public StretchDialog(ContentLibrary library, TimedCuesDialog timedHold)
        : base(DialogIds.Stretch)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        AddDialog(new WaterfallDialog(nameof(StretchDialog), [HoldAsync, FinishAsync]));
        AddDialog(timedHold ?? throw new ArgumentNullException(nameof(timedHold)));
        InitialDialogId = nameof(StretchDialog);
    }

    /// <summary>
    /// The cues of the stretch of <paramref name="areaId"/>: each hold, the rests between, the end.
    /// Older adults hold each stretch longer (ACSM: 30-60 s), and are told why.
    /// </summary>
    public static List<TimedCue> CuesFor(LanguageContent content, string areaId, bool olderAdult = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stretch = content.Area(areaId).Stretch;
        olderAdult = olderAdult && stretch.LongerForOlderAdults;
        var seconds = olderAdult ? Math.Max(stretch.HoldSeconds, content.Routine.Age.OlderStretchHoldSeconds) : stretch.HoldSeconds;
        var intro = content.Text(TextKeys.StretchIntro, new { stretch = stretch.Text })
            + (olderAdult ? "\n\n" + content.Text(TextKeys.StretchOlder, new { seconds }) : string.Empty);
        var rest = content.Routine.Stretch.RestSeconds;
        var cues = new List<TimedCue>();
        double at = 0;
        for (var hold = 1; hold <= stretch.Repetitions; hold++)
        {
            var text = content.Text(TextKeys.StretchHold, new { number = hold, count = stretch.Repetitions, seconds });
            cues.Add(new TimedCue(at, hold == 1 ? intro + "\n\n" + text : text));
            at += seconds;
            if (hold < stretch.Repetitions)
            {
                cues.Add(new TimedCue(at, content.Text(TextKeys.StretchRest)));
                at += rest;
            }
        }

        cues.Add(new TimedCue(at, content.Text(TextKeys.StretchEnd)));
        return cues;
    }

    private async Task<DialogTurnResult> HoldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = step.Options as SessionPlan ?? throw new ArgumentException("The stretch needs the SessionPlan.");
        var content = _library.For(step.Context);
        var title = content.Text(TextKeys.TimerStretchTitle, new { area = content.Area(plan.AreaId).Label });
        return await step.BeginDialogAsync(DialogIds.TimedHold, TimedCuesOptions.Create(content, CuesFor(content, plan.AreaId, plan.OlderAdult), TextKeys.StretchEnd, TextKeys.StretchTooMuch, title), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.Result, cancellationToken).ConfigureAwait(false);
}
