namespace CoachBot.Dialogs.Catalogs;

/// <summary>A SNOMED CT body site code, for exports a clinician's system can read.</summary>
/// <param name="Code">The SNOMED CT concept id.</param>
/// <param name="Display">Its display name.</param>
public sealed record BodySite(string Code, string Display);
