using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// Places the coach does not guide self-massage on (the front of the neck, the armpit, the groin,
/// the belly): arteries, nerves and organs lie close under the skin there. A person who names one
/// is told so, not given the nearest area.
/// </summary>
/// <param name="Words">The words and phrases people use for those places.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record OutOfScopeAreas(IReadOnlyList<string> Words, string Source)
{
    /// <summary>True when <paramref name="text"/> names one of those places.</summary>
    public bool Mentions(string? text) => Without(text) != Said(text);

    /// <summary>
    /// <paramref name="text"/> without those places, so that "the front of my neck" is not taken for
    /// the neck while "my groin and my hip" still names the hip.
    /// </summary>
    public string Without(string? text)
    {
        var said = Said(text);
        foreach (var place in Words)
        {
            said = said.Replace(MessageWords.Spaced(place, withClauseEnds: true), " ", StringComparison.Ordinal);
        }

        return said;
    }

    private static string Said(string? text) => MessageWords.Spaced(text, withClauseEnds: true);
}
