namespace CoachBot.Dialogs.Catalogs;

/// <summary>One piece of text the coach says, with the id of the source that backs it (content/sources.json).</summary>
/// <param name="Text">What the coach says.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record ContentText(string Text, string Source);
