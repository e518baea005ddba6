namespace CoachBot.Dialogs.Catalogs;

/// <summary>What a person says during a timed hold (patterns.json "holdReplies"); each a regular expression.</summary>
public sealed class HoldReplyPatterns
{
    /// <summary>Stops the hold ("stop", "para").</summary>
    public string Stop { get; set; } = string.Empty;

    /// <summary>The pressure is too much ("ouch", "me duele mucho"); the hold goes on, lighter.</summary>
    public string TooMuch { get; set; } = string.Empty;

    /// <summary>The spot has eased ("done", "ya está").</summary>
    public string Done { get; set; } = string.Empty;

    /// <summary>Each pattern with its name, for validation.</summary>
    public IEnumerable<(string Name, string Pattern)> All() =>
        [("stop", Stop), ("tooMuch", TooMuch), ("done", Done)];
}
