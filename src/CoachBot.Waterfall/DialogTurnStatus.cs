namespace CoachBot.Waterfall;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog waits for the next activity.</summary>
    Waiting,

    /// <summary>The dialog finished and produced a result.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
