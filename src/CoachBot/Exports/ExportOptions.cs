namespace CoachBot.Exports;

/// <summary>The export's setting in the "Coach" section: the address export links start with.</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section this setting is read from.</summary>
    public const string SectionName = "Coach";

    /// <summary>The address export links start with (Coach:PublicBaseUrl); set it in production.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");
}
