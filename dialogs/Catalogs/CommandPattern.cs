namespace CoachBot.Dialogs.Catalogs;

/// <summary>One command of commands.json: its id (a GlobalCommand value) and the whole-message pattern that asks for it.</summary>
/// <param name="Id">The command, e.g. "delete my data".</param>
/// <param name="Pattern">A regular expression for the whole message; case is ignored.</param>
public sealed record CommandPattern(string Id, string Pattern);
