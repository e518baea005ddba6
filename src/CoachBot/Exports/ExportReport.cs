using System.Globalization;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;

namespace CoachBot.Exports;

/// <summary>Everything one export shows: the link (notes), the ratings oldest first, and the content for area names.</summary>
/// <param name="Link">The link being served.</param>
/// <param name="Ratings">The person's ratings, oldest first.</param>
/// <param name="Content">The content in the person's language, for area labels and body sites.</param>
/// <param name="GeneratedAt">When the export was produced (UTC).</param>
public sealed record ExportReport(ExportLink Link, IReadOnlyList<PainRating> Ratings, LanguageContent Content, DateTimeOffset GeneratedAt)
{
    /// <summary>The area's label in the person's language, or its id when the content no longer has it.</summary>
    public string AreaLabel(string areaId) => FindArea(areaId)?.Label ?? areaId;

    /// <summary>The area's content, or null when the content no longer has it.</summary>
    public AreaContent? FindArea(string areaId) => Content.Areas.FirstOrDefault(a => a.Id == areaId);

    /// <summary>
    /// The local clock time of a rating, in the zone it was given in, or UTC when that zone is not
    /// known on this machine (the local date is stored with the rating, so it is always right).
    /// </summary>
    public static string LocalTime(PainRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (TimeZoneIds.Find(rating.TimeZone) is { } zone)
        {
            return TimeZoneInfo.ConvertTime(rating.RecordedAt, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return rating.RecordedAt.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    /// <summary>A phase for people to read, in the person's language.</summary>
    public string PhaseLabel(string phase) => phase switch
    {
        PainRatingPhases.Before => Content.Text(TextKeys.PhaseBefore),
        PainRatingPhases.After => Content.Text(TextKeys.PhaseAfter),
        PainRatingPhases.CheckIn => Content.Text(TextKeys.PhaseCheckin),
        _ => phase,
    };

    /// <summary>A side for people to read ("left" is "Izquierdo" in Spanish), or as stored when the content has no such side.</summary>
    public string SideLabel(string side) =>
        Content.Patterns.Sides.FirstOrDefault(s => s.Id == side)?.Label ?? side;

    /// <summary>An area with its side, as the report lists it ("Neck (Left)").</summary>
    public string Place(string areaId, string side) =>
        string.IsNullOrEmpty(side) ? AreaLabel(areaId) : $"{AreaLabel(areaId)} ({SideLabel(side)})";
}
