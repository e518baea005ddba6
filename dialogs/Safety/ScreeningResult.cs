namespace CoachBot.Dialogs.Safety;

/// <summary>The result of the red-flag screen.</summary>
public sealed class ScreeningResult
{
    /// <summary>The most serious outcome answered "yes", or null for a clean screen.</summary>
    public string? Outcome { get; set; }

    /// <summary>The id of the question that led to <see cref="Outcome"/>.</summary>
    public string? QuestionId { get; set; }
}
