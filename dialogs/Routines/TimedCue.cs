namespace CoachBot.Dialogs.Routines;

/// <summary>One thing to say at a point of a timed hold.</summary>
/// <param name="AtSeconds">Seconds after the start, before Coach:TimeScale.</param>
/// <param name="Text">What to say.</param>
public sealed record TimedCue(double AtSeconds, string Text)
{
    /// <summary>The time to go from this cue, as the live timer card shows it ("About 30 seconds to go"); none on the last.</summary>
    public string? Left { get; init; }
}
