namespace CoachBot.Dialogs.Catalogs;

/// <summary>One answer to "Which side?" (patterns.json "sides"): the id stored with ratings, its button and the words that mean it.</summary>
/// <param name="Id">left, right, both or middle: what the ratings keep, whatever the language.</param>
/// <param name="Label">The button.</param>
/// <param name="Synonyms">Other words for it ("both sides", "spine").</param>
public sealed record SideChoice(string Id, string Label, IReadOnlyList<string> Synonyms)
{
    /// <summary>
    /// Phrases that name this side inside a longer answer to "Where does it hurt?" ("between my
    /// shoulder blades" is the middle), so the side is not asked again. Only left, right and both
    /// are otherwise read there: a bare "middle" or "centre" is too often about something else.
    /// </summary>
    public IReadOnlyList<string> InAnswer { get; init; } = [];
}
