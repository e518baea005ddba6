using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>Where the dialogs put, move and remove a person's daily check-ins.</summary>
public interface ICheckInScheduler
{
    /// <summary>Schedules daily check-ins at <paramref name="times"/> in <paramref name="timeZoneId"/>, replacing any earlier schedule.</summary>
    Task ScheduleAsync(string userKey, ConversationReference reference, IReadOnlyList<TimeOnly> times, string timeZoneId, CancellationToken cancellationToken);

    /// <summary>Removes all of the person's check-ins.</summary>
    Task StopAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Skips the rest of today: the next check-in is tomorrow's first.</summary>
    Task SkipTodayAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Moves the person's next check-in <paramref name="by"/> from now.</summary>
    Task SnoozeAsync(string userKey, TimeSpan by, CancellationToken cancellationToken);
}
