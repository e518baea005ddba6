namespace CoachBot.Dialogs.Catalogs;

/// <summary>Words that, typed at any moment, interrupt the conversation (or, without an outcome, do not).</summary>
/// <param name="Id">A stable id, for tests and logs.</param>
/// <param name="Pattern">A case-insensitive regular expression.</param>
/// <param name="Outcome">The safety outcome, or null for patterns that only sound alarming.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record RedFlagPattern(string Id, string Pattern, string? Outcome, string Source);
