namespace CoachBot.Waterfall.Tests;

/// <summary>Typed options a parent passes to a child dialog; they are saved with the child's state.</summary>
public sealed class SessionOptions
{
    public string Area { get; set; } = string.Empty;

    public DateTimeOffset Started { get; set; }
}
