namespace CoachBot.Dialogs.Catalogs;

/// <summary>One tool a person may press with (routine.json "tools"), as a button.</summary>
/// <param name="Id">The stable id the areas' "tools" use: thumb, knuckle or ball.</param>
/// <param name="Label">The button text.</param>
/// <param name="Synonyms">Other words for it ("my thumb", "tennis ball").</param>
public sealed record ToolChoice(string Id, string Label, IReadOnlyList<string> Synonyms);
