namespace CoachBot.Dialogs.Catalogs;

/// <summary>A question people ask mid-session, in the words they use, with the coach's short answer.</summary>
/// <param name="Id">A stable name for the question.</param>
/// <param name="Asks">Phrases that ask it ("how long will this take").</param>
/// <param name="Answer">The short answer, with its source.</param>
public sealed record CommonQuestion(string Id, IReadOnlyList<string> Asks, ContentText Answer);
