namespace CoachBot.Dialogs.Catalogs;

/// <summary>One body area the coach can work on (content/{language}/areas.json).</summary>
/// <param name="Id">A stable id stored with ratings, e.g. "neck".</param>
/// <param name="Label">The button text.</param>
/// <param name="Synonyms">Words people use for the area, for free-text answers.</param>
/// <param name="HasSide">Whether to ask left or right.</param>
/// <param name="Muscles">Which muscles hold the trigger points.</param>
/// <param name="RefersTo">Where those points send pain.</param>
/// <param name="FindTheSpot">How to find the spot.</param>
/// <param name="StayOff">Where not to press in this area (arteries, veins, nerves), said with the spot.</param>
/// <param name="Release">How to press it.</param>
/// <param name="Stretch">The stretch that follows.</param>
/// <param name="RedFlags">Ids of this area's own red-flag questions (redflags.json "area").</param>
/// <param name="RequiresClotScreen">Calf work only after a clot screen.</param>
/// <param name="BodySite">The SNOMED CT body site, for exports.</param>
public sealed record AreaContent(
    string Id,
    string Label,
    IReadOnlyList<string> Synonyms,
    bool HasSide,
    ContentText Muscles,
    ContentText RefersTo,
    ContentText FindTheSpot,
    ContentText StayOff,
    ContentText Release,
    StretchContent Stretch,
    IReadOnlyList<string> RedFlags,
    bool RequiresClotScreen,
    BodySite BodySite);
