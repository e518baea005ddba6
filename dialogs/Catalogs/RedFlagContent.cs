using CoachBot.Dialogs.Prompts;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>Everything in redflags.json: outcomes and screening questions (the words that interrupt are in symptoms.json).</summary>
/// <param name="Outcomes">What the coach says for each outcome.</param>
/// <param name="General">Questions asked of everyone.</param>
/// <param name="Area">Questions areas ask by id.</param>
public sealed record RedFlagContent(
    IReadOnlyDictionary<string, ContentText> Outcomes,
    IReadOnlyList<RedFlagQuestion> General,
    IReadOnlyList<RedFlagQuestion> Area);
