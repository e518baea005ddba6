namespace CoachBot.Dialogs.Catalogs;

/// <summary>The timings and thresholds of a session (routine.json), before Coach:TimeScale.</summary>
/// <param name="Release">The release hold.</param>
/// <param name="Stretch">The stretch holds.</param>
/// <param name="StaleCueSeconds">Cues later than this are replaced by one "welcome back".</param>
/// <param name="SeverePain">A rating at or above this gets gentle handling and advice.</param>
/// <param name="EmergencyNumbers">Emergency numbers by locale, with a "default".</param>
/// <param name="PlainAnswers">What a plain yes or no may be made of.</param>
/// <param name="NurseLines">Where to get same-day advice by locale ("NHS 111"), with a "default".</param>
/// <param name="CrisisLines">Crisis lines by locale, with a "default".</param>
/// <param name="Age">How the coach adapts to age.</param>
/// <param name="Tools">The tools a person may press with, in the order offered.</param>
/// <param name="ReadyWords">Words that start the timed release ("go", "I'm ready").</param>
/// <param name="WarmUpWords">Words that ask for time to warm up first.</param>
/// <param name="SmallTalk">Greetings, closings and common questions.</param>
/// <param name="SpotAnswers">Words that answer "Found a tender spot?".</param>
public sealed record RoutineContent(
    ReleaseTiming Release,
    StretchTiming Stretch,
    int StaleCueSeconds,
    int SeverePain,
    IReadOnlyDictionary<string, string> EmergencyNumbers,
    PlainAnswers PlainAnswers,
    IReadOnlyDictionary<string, string> NurseLines,
    IReadOnlyDictionary<string, string> CrisisLines,
    AgeRules Age,
    IReadOnlyList<ToolChoice> Tools,
    IReadOnlyList<string> ReadyWords,
    IReadOnlyList<string> WarmUpWords,
    SmallTalk SmallTalk,
    SpotAnswers SpotAnswers)
{
    /// <summary>The emergency number for <paramref name="locale"/> (e.g. 911 for en-US).</summary>
    public string EmergencyNumberFor(string? locale) => ForLocale(EmergencyNumbers, locale);

    /// <summary>Where to get same-day advice for <paramref name="locale"/>.</summary>
    public string NurseLineFor(string? locale) => ForLocale(NurseLines, locale);

    /// <summary>The crisis line for <paramref name="locale"/>.</summary>
    public string CrisisLineFor(string? locale) => ForLocale(CrisisLines, locale);

    // Channels send "en-US", "en-us" or "en_US"; a locale without a known region gets the default,
    // which names the number in words rather than guessing a country.
    private static string ForLocale(IReadOnlyDictionary<string, string> byLocale, string? locale)
    {
        var wanted = locale?.Replace('_', '-');
        var match = wanted is null ? null : byLocale.Keys.FirstOrDefault(k => string.Equals(k, wanted, StringComparison.OrdinalIgnoreCase));
        return match is not null ? byLocale[match] : byLocale["default"];
    }
}
