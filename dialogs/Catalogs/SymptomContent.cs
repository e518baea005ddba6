namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// Everything in symptoms.json: the words people use for each clinical concept and the red flags
/// built from them, so that symptoms are noticed in a person's own words at any step.
/// </summary>
/// <param name="Negations">Words that deny what follows them in the same clause ("no chest pain").</param>
/// <param name="AfterDenials">Words that deny what comes just before them ("my vision is fine", "scalp isn't sore").</param>
/// <param name="ClauseBreaks">Words that end a denial's reach ("not swollen but my leg is numb").</param>
/// <param name="Fillers">Words that may stand inside a phrase without breaking it ("can't really feel").</param>
/// <param name="Neutral">Phrases that contain a denial word without denying anything ("not sure", "no idea").</param>
/// <param name="Figurative">Phrases that only sound alarming and are set aside ("numb about my job", "chest day").</param>
/// <param name="Concepts">Each concept's words and phrases; "#50-110" matches a whole number in that range.</param>
/// <param name="Signs">The red flags, each made of concepts.</param>
/// <param name="NeverFuzzy">Common words one letter from a content word, never read as its typo ("number", "genial").</param>
public sealed record SymptomContent(
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> AfterDenials,
    IReadOnlyList<string> ClauseBreaks,
    IReadOnlyList<string>? Fillers,
    IReadOnlyList<string> Neutral,
    IReadOnlyList<string> Figurative,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts,
    IReadOnlyList<SymptomSign> Signs,
    IReadOnlyList<string>? NeverFuzzy = null);
