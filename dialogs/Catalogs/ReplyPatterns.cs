namespace CoachBot.Dialogs.Catalogs;

/// <summary>Replies that answer no question (patterns.json "replies"); each a regular expression.</summary>
public sealed class ReplyPatterns
{
    /// <summary>A question back ("why?", "¿para qué?"): the coach says why it asks.</summary>
    public string Question { get; set; } = string.Empty;

    /// <summary>Not sure ("not sure", "no sé"): in the safety questions it counts as yes.</summary>
    public string Unsure { get; set; } = string.Empty;

    /// <summary>A cry of pain ("ouch", "ay") where a rating was asked for.</summary>
    public string PainExclamation { get; set; } = string.Empty;

    /// <summary>Each pattern with its name, for validation.</summary>
    public IEnumerable<(string Name, string Pattern)> All() =>
        [("question", Question), ("unsure", Unsure), ("painExclamation", PainExclamation)];
}
