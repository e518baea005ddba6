namespace CoachBot.Dialogs.Safety;

/// <summary>The options of <see cref="SymptomCheckDialog"/>: which red flag a person's words may have described.</summary>
public sealed class SymptomCheck
{
    /// <summary>The id of the sign in symptoms.json.</summary>
    public string SignId { get; set; } = string.Empty;

    /// <summary>A timed hold was running when the person mentioned it, and its cues have been stopped.</summary>
    public bool HoldInterrupted { get; set; }
}
