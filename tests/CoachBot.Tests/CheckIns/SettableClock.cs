namespace CoachBot.Tests.CheckIns;

/// <summary>A clock a test sets by hand (days apart); timers and delays still run on real time.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="now"/>.</summary>
    public void Set(DateTimeOffset now) => _now = now;
}
