namespace CoachBot.Dialogs.Routines;

/// <summary>How a timed hold ended: the result of <see cref="TimedCuesDialog"/>.</summary>
public static class TimedHoldEnding
{
    /// <summary>Every cue was said (or replaced by a welcome back).</summary>
    public const string Completed = "completed";

    /// <summary>The person said it eased before the end.</summary>
    public const string Done = "done";

    /// <summary>The person asked to stop.</summary>
    public const string Stopped = "stopped";
}
