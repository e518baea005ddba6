namespace CoachBot.Dialogs.Catalogs;

/// <summary>A health condition that changes the instructions (cautions.json).</summary>
/// <param name="Id">A stable id.</param>
/// <param name="Label">The button text.</param>
/// <param name="Synonyms">Words people use for it.</param>
/// <param name="Pressure">"light" (light pressure only) or "skip-site" (no pressure at the site).</param>
/// <param name="LightOnAreas">Areas the light-pressure rule applies to; empty or null means every area.</param>
/// <param name="Instruction">What the coach adds to the instructions.</param>
public sealed record CautionContent(
    string Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    string Pressure,
    IReadOnlyList<string>? LightOnAreas,
    ContentText Instruction)
{
    /// <summary>The value of <see cref="Pressure"/> that asks for light pressure.</summary>
    public const string LightPressure = "light";

    /// <summary>The value of <see cref="Pressure"/> that skips pressure at the site.</summary>
    public const string SkipSite = "skip-site";

    /// <summary>True when this caution limits pressure on <paramref name="areaId"/>.</summary>
    public bool AppliesTo(string areaId) => LightOnAreas is not { Count: > 0 } || LightOnAreas.Contains(areaId);
}
