namespace CoachBot.Dialogs.Catalogs;

/// <summary>The timings and thresholds of a session (routine.json), before Coach:TimeScale.</summary>
/// <param name="Release">The release hold.</param>
/// <param name="Stretch">The stretch holds.</param>
/// <param name="StaleCueSeconds">Cues later than this are replaced by one "welcome back".</param>
/// <param name="SeverePain">A rating at or above this gets gentle handling and advice.</param>
/// <param name="EmergencyNumbers">Emergency numbers by locale, with a "default".</param>
/// <param name="PlainAnswers">What a plain yes or no may be made of.</param>
public sealed record RoutineContent(
    ReleaseTiming Release,
    StretchTiming Stretch,
    int StaleCueSeconds,
    int SeverePain,
    IReadOnlyDictionary<string, string> EmergencyNumbers,
    PlainAnswers PlainAnswers)
{
    /// <summary>The emergency number for <paramref name="locale"/> (e.g. 911 for en-US, 112 by default).</summary>
    public string EmergencyNumberFor(string? locale) =>
        locale is not null && EmergencyNumbers.TryGetValue(locale, out var number) ? number : EmergencyNumbers["default"];
}
