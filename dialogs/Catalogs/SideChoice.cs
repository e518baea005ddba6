namespace CoachBot.Dialogs.Catalogs;

/// <summary>One answer to "Which side?" (patterns.json "sides"): the id stored with ratings, its button and the words that mean it.</summary>
/// <param name="Id">left, right, both or middle: what the ratings keep, whatever the language.</param>
/// <param name="Label">The button.</param>
/// <param name="Synonyms">Other words for it ("both sides", "spine").</param>
public sealed record SideChoice(string Id, string Label, IReadOnlyList<string> Synonyms);
