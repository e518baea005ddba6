namespace CoachBot.Dialogs.Catalogs;

/// <summary>Everything in cautions.json.</summary>
/// <param name="Question">The one question that lists them all.</param>
/// <param name="Cautions">The cautions.</param>
public sealed record CautionsContent(string Question, IReadOnlyList<CautionContent> Cautions);
