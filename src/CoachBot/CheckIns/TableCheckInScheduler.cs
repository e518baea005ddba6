using CoachBot.Dialogs.CheckIns;
using Microsoft.Bot.Schema;

namespace CoachBot.CheckIns;

/// <summary>The dialogs' view of the check-in schedule, over <see cref="TableCheckInStore"/>.</summary>
public sealed class TableCheckInScheduler(TableCheckInStore store, TimeProvider time) : ICheckInScheduler
{
    /// <inheritdoc />
    public Task ScheduleAsync(string userKey, ConversationReference reference, IReadOnlyList<TimeOnly> times, string timeZoneId, CancellationToken cancellationToken) =>
        store.ScheduleAsync(userKey, reference, new CheckInSchedule(times, timeZoneId), time.GetUtcNow(), cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(string userKey, CancellationToken cancellationToken) => store.StopAsync(userKey, cancellationToken);

    /// <inheritdoc />
    public Task SnoozeAsync(string userKey, TimeSpan by, CancellationToken cancellationToken) =>
        store.SnoozeAsync(userKey, time.GetUtcNow() + by, cancellationToken);
}
