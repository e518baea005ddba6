namespace CoachBot.Dialogs.Catalogs;

/// <summary>Everything in redflags.json: outcomes, screening questions and interruption words.</summary>
/// <param name="Outcomes">What the coach says for each outcome.</param>
/// <param name="General">Questions asked of everyone.</param>
/// <param name="Area">Questions areas ask by id.</param>
/// <param name="Interruptions">Words that interrupt any dialog.</param>
/// <param name="NotAlarming">Phrases that only sound alarming.</param>
/// <param name="Negations">Words that, just before a red-flag phrase, negate it ("no chest pain").</param>
public sealed record RedFlagContent(
    IReadOnlyDictionary<string, ContentText> Outcomes,
    IReadOnlyList<RedFlagQuestion> General,
    IReadOnlyList<RedFlagQuestion> Area,
    IReadOnlyList<RedFlagPattern> Interruptions,
    IReadOnlyList<RedFlagPattern> NotAlarming,
    IReadOnlyList<string> Negations);
