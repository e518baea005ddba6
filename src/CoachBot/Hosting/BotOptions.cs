namespace CoachBot.Hosting;

/// <summary>The "Bot" section: where replies may go in local mode (see <see cref="ServiceUrlPolicy"/>).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "Bot";

    /// <summary>Comma-separated address prefixes replies may go to besides this machine (Bot:AllowedServiceUrls).</summary>
    public string AllowedServiceUrls { get; set; } = string.Empty;

    /// <summary>The prefixes, each an absolute http(s) address.</summary>
    public IReadOnlyList<string> AllowedPrefixes =>
        AllowedServiceUrls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
