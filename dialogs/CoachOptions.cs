namespace CoachBot.Dialogs;

/// <summary>The coach's settings (configuration section "Coach").</summary>
public sealed class CoachOptions
{
    /// <summary>
    /// Multiplies every release, stretch and reminder duration (a contract: Coach:TimeScale).
    /// 1.0 in real use; 0.01 turns a 60-second release into 0.6 s for tests and demos.
    /// </summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>
    /// How long after an emergency outcome the coach gives no pressure or stretch instruction unless
    /// the person confirms they have been checked (a contract: Coach:EmergencyHold). A see-a-doctor
    /// outcome holds until the person confirms, however long that takes.
    /// </summary>
    public TimeSpan EmergencyHold { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Scales <paramref name="seconds"/> by <see cref="TimeScale"/>.</summary>
    public TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(seconds * TimeScale);
}
