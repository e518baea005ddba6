namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// One red flag as a person might describe it: the concepts that must all be in the message
/// (each entry of <paramref name="All"/> names one concept, or several joined by "|" of which any
/// will do), how close together they must be, and what follows.
/// </summary>
/// <param name="Id">A stable id, for tests and logs.</param>
/// <param name="Outcome">The safety outcome (see Safety.SafetyOutcomes).</param>
/// <param name="All">The concepts that must all be present and not denied.</param>
/// <param name="Within">When set, all of them within this many words of each other.</param>
/// <param name="Unless">Concepts that, when present, mean this is not the red flag ("for a few seconds").</param>
/// <param name="Question">
/// When set, the match is not certain enough to stop at once: the coach asks this question first and
/// a "yes" (or "not sure") leads to <paramref name="Outcome"/>. Without it, the outcome follows at once.
/// </param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record SymptomSign(
    string Id,
    string Outcome,
    IReadOnlyList<string> All,
    int? Within,
    IReadOnlyList<string>? Unless,
    string? Question,
    string Source)
{
    /// <summary>True when the outcome follows without a question.</summary>
    public bool IsCertain => string.IsNullOrWhiteSpace(Question);
}
