namespace CoachBot.Dialogs.State;

/// <summary>
/// Time-zone ids as clients send them: a zone id that is not a real zone ("America", a folder of
/// the time-zone database) is treated as unknown, never trusted or stored.
/// </summary>
public static class TimeZoneIds
{
    /// <summary>The zone <paramref name="id"/> names, or null when it names none.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
        }
        catch (Exception e) when (e is System.Security.SecurityException or InvalidTimeZoneException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="id"/> names a real zone.</summary>
    public static bool IsKnown(string? id) => Find(id) is not null;
}
