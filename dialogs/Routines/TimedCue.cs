namespace CoachBot.Dialogs.Routines;

/// <summary>One thing to say at a point of a timed hold.</summary>
/// <param name="AtSeconds">Seconds after the start, before Coach:TimeScale.</param>
/// <param name="Text">What to say.</param>
public sealed record TimedCue(double AtSeconds, string Text);
