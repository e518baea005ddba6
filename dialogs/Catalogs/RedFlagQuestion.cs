namespace CoachBot.Dialogs.Catalogs;

/// <summary>One yes/no screening question; "yes" leads to <paramref name="Outcome"/>.</summary>
/// <param name="Id">A stable id areas refer to.</param>
/// <param name="Question">What the coach asks.</param>
/// <param name="Outcome">emergency, doctor-today, doctor or therapist (see Safety.SafetyOutcomes).</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
/// <param name="EverySession">Asked at every session of the area, check-in sessions included (the clot screen).</param>
/// <param name="FromAge">Asked only from this age (the over-50 questions), and whenever the age is unknown.</param>
/// <param name="NotBetweenAges">Not asked of someone whose age lies within these two (inclusive), when it is known.</param>
public sealed record RedFlagQuestion(string Id, string Question, string Outcome, string Source, bool EverySession = false, int? FromAge = null, IReadOnlyList<int>? NotBetweenAges = null)
{
    /// <summary>True when the question applies to someone <paramref name="age"/> years old (null: not known).</summary>
    public bool AppliesToAge(int? age) =>
        age is not { } years
        || ((FromAge is null || years >= FromAge) && (NotBetweenAges is not [var low, var high] || years < low || years > high));
}
