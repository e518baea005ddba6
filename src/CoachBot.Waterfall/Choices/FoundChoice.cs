namespace CoachBot.Waterfall.Choices;

/// <summary>The choice a person picked, and how well their words matched it.</summary>
public class FoundChoice
{
    /// <summary>The choice's value.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Its position in the list, from 0.</summary>
    public int Index { get; set; }

    /// <summary>How well it matched, 0 to 1.</summary>
    public float Score { get; set; }

    /// <summary>The value or synonym that matched.</summary>
    public string? Synonym { get; set; }
}
