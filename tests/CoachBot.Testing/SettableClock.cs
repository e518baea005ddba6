namespace CoachBot.Testing;

/// <summary>
/// A clock a test sets or moves by hand (hours or days at a time); timers and delays still run on
/// real time, so a test waits on what the coach does, never on the clock.
/// </summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <summary>A clock that starts at the real time now.</summary>
    public SettableClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="now"/>.</summary>
    public void Set(DateTimeOffset now) => _now = now;

    /// <summary>Moves the clock forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => _now += by;
}
