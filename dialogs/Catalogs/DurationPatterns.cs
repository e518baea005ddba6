namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The vague durations people use that the date recognizer does not read (patterns.json
/// "durations"); each a regular expression.
/// </summary>
public sealed class DurationPatterns
{
    /// <summary>Three months or more ("years", "forever", "desde hace años").</summary>
    public string Chronic { get; set; } = string.Empty;

    /// <summary>Since today ("this morning", "esta mañana").</summary>
    public string Recent { get; set; } = string.Empty;

    /// <summary>A few days.</summary>
    public string FewDays { get; set; } = string.Empty;

    /// <summary>A few weeks.</summary>
    public string FewWeeks { get; set; } = string.Empty;

    /// <summary>Each pattern with its name, for validation.</summary>
    public IEnumerable<(string Name, string Pattern)> All() =>
        [("chronic", Chronic), ("recent", Recent), ("fewDays", FewDays), ("fewWeeks", FewWeeks)];
}
