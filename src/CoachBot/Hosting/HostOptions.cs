namespace CoachBot.Hosting;

/// <summary>
/// The host's own setting in the "Coach" section, beside the coaching ones the dialogs read
/// (CoachOptions) and the export's (ExportOptions): whether to warm up at start.
/// </summary>
public sealed class HostOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "Coach";

    /// <summary>Whether to warm the language models, dialogs and a first turn before taking requests (Coach:WarmUpAtStart).</summary>
    public bool WarmUpAtStart { get; set; } = true;
}
