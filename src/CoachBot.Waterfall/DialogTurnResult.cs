namespace CoachBot.Waterfall;

/// <summary>The outcome of running the dialog stack for a turn.</summary>
public class DialogTurnResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="status">The stack's state.</param>
    /// <param name="result">The value a finished dialog returned.</param>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>The stack's state.</summary>
    public DialogTurnStatus Status { get; set; }

    /// <summary>The value a finished dialog returned, if any.</summary>
    public object? Result { get; set; }

    /// <summary>True when a dialog ended because its parent was told to end too.</summary>
    public bool ParentEnded { get; set; }
}
