namespace CoachBot.Dialogs.CheckIns;

/// <summary>A check-in arriving (the options of the check-in dialog).</summary>
public sealed class CheckInStart
{
    /// <summary>The name of the event activity a check-in arrives as.</summary>
    public const string EventName = "checkIn";

    /// <summary>When the check-in was due (UTC).</summary>
    public DateTimeOffset DueAt { get; set; }
}
