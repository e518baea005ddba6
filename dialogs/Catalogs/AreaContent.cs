namespace CoachBot.Dialogs.Catalogs;

/// <summary>One body area the coach can work on (content/{language}/areas.json).</summary>
/// <param name="Id">A stable id stored with ratings, e.g. "neck".</param>
/// <param name="Label">The button text.</param>
/// <param name="Synonyms">Words people use for the area, for free-text answers.</param>
/// <param name="HasSide">Whether to ask left or right.</param>
/// <param name="Muscles">Which muscles hold the trigger points.</param>
/// <param name="RefersTo">Where those points send pain.</param>
/// <param name="Tools">How each tool finds and presses the spot here, by tool id, or which tool to use instead.</param>
/// <param name="StayOff">Where not to press in this area (arteries, veins, nerves), said with the spot.</param>
/// <param name="Stretch">The stretch that follows.</param>
/// <param name="RedFlags">Ids of this area's own red-flag questions (redflags.json "area").</param>
/// <param name="RequiresClotScreen">Calf work only after a clot screen.</param>
/// <param name="BodySite">The SNOMED CT body site, for exports.</param>
/// <param name="LightPressureOnly">Whether only light pressure is ever given here (the base of the skull, near the vertebral arteries).</param>
public sealed record AreaContent(
    string Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    bool HasSide,
    ContentText Muscles,
    ContentText RefersTo,
    IReadOnlyDictionary<string, ToolContent> Tools,
    ContentText StayOff,
    StretchContent Stretch,
    IReadOnlyList<string> RedFlags,
    bool RequiresClotScreen,
    BodySite BodySite,
    bool LightPressureOnly = false)
{
    /// <summary>
    /// The tool to use when the person picked <paramref name="chosen"/>: the same one when it fits
    /// the area, else the one the area names instead.
    /// </summary>
    public string ToolToUse(string chosen) => Tools.TryGetValue(chosen, out var tool) && tool.Instead is { } instead ? instead : chosen;
}
