namespace CoachBot.Dialogs.Catalogs;

/// <summary>Other names for two of the release lengths offered (patterns.json "releaseLengths").</summary>
public sealed class ReleaseLengthWords
{
    /// <summary>The default length ("a minute", "lo normal").</summary>
    public List<string> Default { get; set; } = [];

    /// <summary>The longest length ("a minute and a half").</summary>
    public List<string> Longest { get; set; } = [];
}
