namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// How a language says a pain rating that a plain number parser gets wrong (patterns.json
/// "ratings"): a score out of ten ("7/10", "7 de 10") and a range ("6 or 7", "entre 6 y 7").
/// </summary>
public sealed class RatingPatterns
{
    /// <summary>What follows a score to make it out of ten (" out of ten", "/10"); matched at the end of the answer.</summary>
    public string OutOfTen { get; set; } = string.Empty;

    /// <summary>What may stand, alone, between two numbers that form a range ("or", "to", "-").</summary>
    public string RangeJoin { get; set; } = string.Empty;

    /// <summary>Indefinite articles the number recognizer reads as "one" ("a", "un", "una").</summary>
    public List<string> Articles { get; init; } = [];

    /// <summary>Each pattern with its name, for validation.</summary>
    public IEnumerable<(string Name, string Pattern)> All() =>
        [("outOfTen", OutOfTen), ("rangeJoin", RangeJoin)];
}
