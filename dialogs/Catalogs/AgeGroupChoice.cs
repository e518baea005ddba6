using CoachBot.Dialogs.State;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>One answer button of the age question.</summary>
/// <param name="Group">The group it stands for, one of <see cref="Sessions.AgeGroups"/>.</param>
/// <param name="Label">The button text.</param>
/// <param name="Synonyms">Other words for it ("teenager", "senior").</param>
public sealed record AgeGroupChoice(string Group, string Label, IReadOnlyList<string> Synonyms);
