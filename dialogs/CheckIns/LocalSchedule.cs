namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// Finds when a daily local time next happens, in UTC, correctly across daylight-saving changes:
/// a time that falls in the spring-forward gap (02:30 on the night clocks jump from 02:00 to 03:00)
/// happens at the first valid moment after the gap, and a time that happens twice when clocks fall
/// back happens once, the first time.
/// </summary>
public static class LocalSchedule
{
    /// <summary>The first of <paramref name="times"/> (local to <paramref name="zone"/>) strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset afterUtc, IReadOnlyList<TimeOnly> times, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(zone);
        if (times.Count == 0)
        {
            throw new ArgumentException("A schedule needs at least one time of day.", nameof(times));
        }

        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime);

        // Two days ahead covers every case: the latest time today may already be past.
        for (var day = localToday.AddDays(-1); day <= localToday.AddDays(2); day = day.AddDays(1))
        {
            foreach (var time in times.Order())
            {
                var candidate = ToUtc(day.ToDateTime(time), zone);
                if (candidate > afterUtc)
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("No next occurrence was found; this cannot happen for a non-empty schedule.");
    }

    /// <summary>The UTC instant of a local wall-clock time, resolving gaps and overlaps as described above.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // For an ambiguous time the larger offset is the earlier instant (still on summer time).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
