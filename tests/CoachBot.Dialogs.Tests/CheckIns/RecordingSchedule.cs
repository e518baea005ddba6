using CoachBot.Dialogs.CheckIns;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.CheckIns;

/// <summary>The check-in schedule, recording what it was asked; the table-backed one is tested through the host.</summary>
internal sealed class RecordingSchedule : ICheckInScheduler
{
    /// <summary>Each call in order, as "schedule 08:00,19:00 America/New_York", "stop", "skip" or "snooze 01:00:00".</summary>
    public List<string> Calls { get; } = [];

    public Task ScheduleAsync(string userKey, ConversationReference reference, IReadOnlyList<TimeOnly> times, string timeZoneId, CancellationToken cancellationToken) =>
        Record($"schedule {string.Join(',', times.Select(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)))} {timeZoneId}");

    public Task StopAsync(string userKey, CancellationToken cancellationToken) => Record("stop");

    public Task SkipTodayAsync(string userKey, CancellationToken cancellationToken) => Record("skip");

    public Task SnoozeAsync(string userKey, TimeSpan by, CancellationToken cancellationToken) => Record($"snooze {by}");

    private Task Record(string call)
    {
        Calls.Add(call);
        return Task.CompletedTask;
    }
}
