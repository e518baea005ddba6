using CoachBot.Dialogs.Timing;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.Routines;

/// <summary>
/// The timer scheduler in memory: it keeps what a dialog asked for, so a test can deliver each
/// timer as the event activity the host would send; the table-backed one is tested through the host.
/// </summary>
internal sealed class RecordingTimers : ITimerScheduler
{
    /// <summary>Every timer asked for and not cancelled, in order.</summary>
    public List<TimerRequest> Pending { get; } = [];

    /// <summary>How many times the conversation's timers were cancelled.</summary>
    public int Cancellations { get; private set; }

    public Task ScheduleAsync(ConversationReference reference, IReadOnlyCollection<TimerRequest> requests, CancellationToken cancellationToken)
    {
        Pending.AddRange(requests);
        return Task.CompletedTask;
    }

    public Task CancelAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        Cancellations++;
        Pending.Clear();
        return Task.CompletedTask;
    }

    /// <summary>The event activity the host sends when <paramref name="timer"/> is due.</summary>
    public static Activity Delivery(TimerRequest timer) => new()
    {
        Type = ActivityTypes.Event,
        Name = timer.Name,
        Value = timer.Value,
    };
}
