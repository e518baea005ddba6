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
    public async Task SkipTodayAsync(string userKey, CancellationToken cancellationToken)
    {
        var pending = await store.ListForAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (pending.FirstOrDefault() is not { } next)
        {
            return;
        }

        var schedule = next.Schedule;
        var localTomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), schedule.Zone).DateTime).AddDays(1);
        var tomorrowStarts = CoachBot.Dialogs.CheckIns.LocalSchedule.ToUtc(localTomorrow.ToDateTime(TimeOnly.MinValue), schedule.Zone);
        await store.SnoozeAsync(userKey, schedule.NextAfter(tomorrowStarts.AddTicks(-1)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task SnoozeAsync(string userKey, TimeSpan by, CancellationToken cancellationToken) =>
        store.SnoozeAsync(userKey, time.GetUtcNow() + by, cancellationToken);
}
