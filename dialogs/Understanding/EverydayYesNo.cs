using System.Text.RegularExpressions;

namespace CoachBot.Dialogs.Understanding;

/// <summary>
/// Everyday yes/no answers that Microsoft.Recognizers.Definitions (1.8.13) does not list, and the
/// hedges that must not count as an answer. The coach's yes/no prompt adds them to the official
/// expressions the engine's ConfirmPrompt reads; they never replace them.
/// </summary>
public static class EverydayYesNo
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly Dictionary<string, string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = @"absolutely|of\s+course|definitely|certainly|alright|all\s+right|go\s+ahead",
        ["es"] = @"claro|vale|de\s+acuerdo|venga|dale|afirmativo|perfecto|por\s+supuesto|sip|obvio|[oó]rale|[aá]ndale|sale|simón|simon",
        ["fr"] = @"ok|okay|bien\s+s[uû]r|volontiers|carr[ée]ment|absolument",
        ["de"] = @"klar|gerne?|genau|okay|nat[üu]rlich|auf\s+jeden\s+fall",
        ["pt"] = @"com\s+certeza|beleza|certo|positivo|t[aá]\s+bom|est[aá]\s+bem|pode\s+sim",
    };

    private static readonly Dictionary<string, string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = @"nah|nope|not\s+really|no\s+thanks|no\s+thank\s+you|not\s+(right\s+)?now|not\s+today|never|none(\s+of\s+(those|them|these|that))?|neither|not\s+that\s+i\s+know(\s+of)?",
        ["es"] = @"nunca|para\s+nada|negativo|ni\s+hablar|ning[uú]n[ao]?s?(\s+de\s+(esas|esos|ellas|ellos|estas|estos))?|nada\s+de\s+eso|nel|nop|qu[eé]\s+va|tampoco",
        ["fr"] = @"jamais|pas\s+du\s+tout",
        ["de"] = @"niemals|auf\s+keinen\s+fall|nee",
        ["pt"] = @"nunca|negativo|de\s+jeito\s+nenhum",
    };

    // Checked before yes/no in every language: each contains a yes or no word ("not sure", "no sé",
    // "pas sûr") yet answers neither.
    private static readonly Regex Hedge = new(
        @"\b(not\s+sure|unsure|don'?t\s+know|dunno|no\s+idea|maybe|perhaps|" +
        @"no\s+s[ée]|no\s+lo\s+s[ée]|quiz[aá]s?|tal\s+vez|a\s+lo\s+mejor|no\s+estoy\s+segur[oa]|" +
        @"peut[- ][êe]tre|je\s+ne\s+sais\s+pas|pas\s+s[uû]r|" +
        @"vielleicht|wei[ßs]\s+nicht|keine\s+ahnung|nicht\s+sicher|" +
        @"talvez|n[ãa]o\s+sei|n[ãa]o\s+tenho\s+certeza|forse|non\s+so|misschien)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        MatchTimeout);

    /// <summary>True when <paramref name="text"/> is a hedge rather than an answer.</summary>
    /// <param name="text">The answer.</param>
    /// <returns>Whether it hedges.</returns>
    public static bool IsHedge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hedge.IsMatch(text);
    }

    /// <summary>The extra "yes" words for a two-letter language, as a regex alternation, or null.</summary>
    /// <param name="language">"en", "es", ...</param>
    /// <returns>The alternation, or null.</returns>
    public static string? ExtraYes(string language) => Yes.GetValueOrDefault(language);

    /// <summary>The extra "no" words for a two-letter language, as a regex alternation, or null.</summary>
    /// <param name="language">"en", "es", ...</param>
    /// <returns>The alternation, or null.</returns>
    public static string? ExtraNo(string language) => No.GetValueOrDefault(language);

    /// <summary>The official expression, widened with <paramref name="extra"/> words when there are any.</summary>
    /// <param name="official">The expression from Microsoft.Recognizers.Definitions.</param>
    /// <param name="extra">An alternation of extra words, or null.</param>
    /// <returns>A compiled, case-insensitive expression with a match timeout.</returns>
    public static Regex Combine(string official, string? extra)
    {
        ArgumentNullException.ThrowIfNull(official);
        var pattern = extra is null ? official : $@"(?:{official})|\b(?:{extra})\b";
        return new Regex(pattern, RegexOptions.IgnoreCase, MatchTimeout);
    }
}
