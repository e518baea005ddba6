namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The everyday yes/no answers of a language (patterns.json "answers"), each a regular
/// expression. They widen the official expressions of Microsoft.Recognizers.Definitions, which
/// miss answers people type every day ("of course", "nah", "claro", "nel"); they never replace them.
/// </summary>
public sealed class AnswerPatterns
{
    /// <summary>Everyday ways of saying yes, as an alternation of words and phrases.</summary>
    public string Yes { get; set; } = string.Empty;

    /// <summary>Everyday ways of saying no, as an alternation of words and phrases.</summary>
    public string No { get; set; } = string.Empty;

    /// <summary>
    /// Hedges ("not sure", "no sé"): they contain a yes or a no word yet answer neither, so they
    /// are checked first and the question is asked again rather than a guess made.
    /// </summary>
    public string Hedge { get; set; } = string.Empty;

    /// <summary>Each pattern with its name, for validation.</summary>
    public IEnumerable<(string Name, string Pattern)> All() =>
        [("yes", Yes), ("no", No), ("hedge", Hedge)];
}
