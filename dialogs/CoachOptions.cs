namespace CoachBot.Dialogs;

/// <summary>The coach's settings (configuration section "Coach").</summary>
public sealed class CoachOptions
{
    /// <summary>
    /// Multiplies every release, stretch and reminder duration (a contract: Coach:TimeScale).
    /// 1.0 in real use; 0.01 turns a 60-second release into 0.6 s for tests and demos.
    /// </summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>Scales <paramref name="seconds"/> by <see cref="TimeScale"/>.</summary>
    public TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(seconds * TimeScale);
}
