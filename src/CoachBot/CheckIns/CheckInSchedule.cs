using System.Globalization;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.CheckIns;

/// <summary>A person's daily check-in times in their own time zone.</summary>
/// <param name="Times">Local times of day.</param>
/// <param name="TimeZoneId">IANA time zone.</param>
public sealed record CheckInSchedule(IReadOnlyList<TimeOnly> Times, string TimeZoneId)
{
    /// <summary>The time zone, or UTC when the id is unknown to this machine.</summary>
    public TimeZoneInfo Zone => TimeZoneIds.Find(TimeZoneId) ?? TimeZoneInfo.Utc;

    /// <summary>The next check-in strictly after <paramref name="afterUtc"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset afterUtc) => LocalSchedule.Next(afterUtc, Times, Zone);

    /// <summary>"08:00,19:00", as stored.</summary>
    public string TimesText => string.Join(',', Times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)));

    /// <summary>Reads <see cref="TimesText"/> back.</summary>
    public static IReadOnlyList<TimeOnly> ParseTimes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => TimeOnly.ParseExact(t, "HH:mm", CultureInfo.InvariantCulture)).ToList();
}
