namespace CoachBot.Hosting;

/// <summary>
/// The host's own settings in the "Coach" section, beside the coaching ones the dialogs read
/// (CoachOptions): where export links point and whether to warm up at start.
/// </summary>
public sealed class HostOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "Coach";

    /// <summary>The address export links start with (Coach:PublicBaseUrl); set it in production.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>Whether to warm the language models, dialogs and a first turn before taking requests (Coach:WarmUpAtStart).</summary>
    public bool WarmUpAtStart { get; set; } = true;
}
