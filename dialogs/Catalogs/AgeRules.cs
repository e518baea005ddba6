namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// How the coach adapts to age (routine.json "age"): under <see cref="AdultFrom"/> it gives no
/// pressure guidance and stores nothing; from <see cref="OlderFrom"/> it holds stretches longer and
/// more gently.
/// </summary>
/// <param name="AdultFrom">The first age treated as an adult.</param>
/// <param name="OlderFrom">The first age that gets the older adults' stretch.</param>
/// <param name="OlderStretchHoldSeconds">The shortest stretch hold for older adults.</param>
/// <param name="Groups">The answer buttons, one per age group, with the words people use for them.</param>
/// <param name="BelowWords">Words that put an age just below the number that follows ("under 18").</param>
/// <param name="AboveWords">Words that put an age just above the number around them ("65 or over").</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record AgeRules(
    int AdultFrom,
    int OlderFrom,
    int OlderStretchHoldSeconds,
    IReadOnlyList<AgeGroupChoice> Groups,
    IReadOnlyList<string> BelowWords,
    IReadOnlyList<string> AboveWords,
    string Source);
