namespace CoachBot.Dialogs.Catalogs;

/// <summary>Words that answer "Found a tender spot?" besides yes and no (routine.json "spotAnswers").</summary>
/// <param name="Found">"found it", "got one".</param>
/// <param name="NotFound">"can't find it", "no luck"; checked first, so "can't find one" is not "found".</param>
/// <param name="ShowMe">"show me", "where exactly?": the picture of where to press again, then the question.</param>
public sealed record SpotAnswers(IReadOnlyList<string> Found, IReadOnlyList<string> NotFound, IReadOnlyList<string> ShowMe);
