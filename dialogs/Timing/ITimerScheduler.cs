using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Timing;

/// <summary>
/// Durable timers. A release lasts longer than a channel lets a turn run (about 15 s), so a step
/// schedules its cues here and ends the turn; each cue comes back later as an event activity
/// through ContinueConversationAsync and resumes the waiting step. Timers are stored, so they
/// survive a restart and more than one bot instance can run.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Schedules <paramref name="requests"/> for the conversation in <paramref name="reference"/>.</summary>
    Task ScheduleAsync(ConversationReference reference, IReadOnlyCollection<TimerRequest> requests, CancellationToken cancellationToken);

    /// <summary>Removes every timer of a conversation (the person stopped, or deleted their data).</summary>
    Task CancelAsync(ConversationReference reference, CancellationToken cancellationToken);
}
