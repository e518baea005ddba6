namespace CoachBot.Dialogs.Catalogs;

/// <summary>One yes/no screening question; "yes" leads to <paramref name="Outcome"/>.</summary>
/// <param name="Id">A stable id areas refer to.</param>
/// <param name="Question">What the coach asks.</param>
/// <param name="Outcome">emergency, doctor-today, doctor or therapist (see Safety.SafetyOutcomes).</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
/// <param name="EverySession">Asked at every session of the area, check-in sessions included (the clot screen).</param>
public sealed record RedFlagQuestion(string Id, string Question, string Outcome, string Source, bool EverySession = false);
