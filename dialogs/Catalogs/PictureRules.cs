using System.Globalization;
using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The rules pictures.json must keep for its pictures to show what the words say: every area has
/// a picture with at least one spot and one zone, each in a known view and citing a known source,
/// every coordinate lies within the figure, and every spot lies wholly on the body
/// (<see cref="BodyOutline"/>, the same outline the host draws), as does each zone's centre.
/// </summary>
public static class PictureRules
{
    /// <summary>The file the rules name in their messages.</summary>
    public const string File = "pictures.json";

    /// <summary>The largest spot radius: a spot marks a place a thumb or a ball can find, not a region.</summary>
    public const double LargestSpotRadius = 6;

    /// <summary>Adds to <paramref name="problems"/> everything wrong with <paramref name="pictures"/> for the areas <paramref name="areaIds"/>.</summary>
    public static void Check(IReadOnlyDictionary<string, AreaPicture> pictures, IEnumerable<string> areaIds, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        ArgumentNullException.ThrowIfNull(areaIds);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(problems);
        var areas = areaIds.ToHashSet(StringComparer.Ordinal);
        foreach (var missing in areas.Where(id => !pictures.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{File}: area '{missing}' has no picture.");
        }

        foreach (var (areaId, picture) in pictures)
        {
            if (!areas.Contains(areaId))
            {
                problems.Add($"{File}: '{areaId}' is not an area of areas.json.");
            }

            if (picture?.Spots is not { Count: > 0 } || picture.Zones is not { Count: > 0 })
            {
                problems.Add($"{File}: '{areaId}': needs at least one spot and one zone.");
                continue;
            }

            for (var i = 0; i < picture.Spots.Count; i++)
            {
                CheckSpot($"{areaId}.spots.{i + 1}", picture.Spots[i], sources, problems);
            }

            for (var i = 0; i < picture.Zones.Count; i++)
            {
                CheckZone($"{areaId}.zones.{i + 1}", picture.Zones[i], sources, problems);
            }
        }
    }

    private static void CheckSpot(string item, PictureSpot? spot, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (spot is null)
        {
            problems.Add($"{File}: '{item}': is empty.");
            return;
        }

        item = Named(item, spot.Muscle);
        CheckView(item, spot.View, problems);
        ContentRules.RequireSource(File, item, spot.Source, sources, problems);
        if (spot.Radius is <= 0 or > LargestSpotRadius)
        {
            problems.Add($"{File}: '{item}': the radius {Number(spot.Radius)} must be above 0 and at most {Number(LargestSpotRadius)}.");
        }
        else if (!BodyOutline.InFigure(spot.Centre))
        {
            problems.Add($"{File}: '{item}': ({Number(spot.X)}, {Number(spot.Y)}) is outside the figure (0-{Number(BodyOutline.Width)} by 0-{Number(BodyOutline.Height)}).");
        }
        else if (!BodyOutline.ContainsCircle(spot.Centre, spot.Radius))
        {
            problems.Add($"{File}: '{item}': the spot at ({Number(spot.X)}, {Number(spot.Y)}) with radius {Number(spot.Radius)} is not wholly inside the body outline.");
        }
    }

    private static void CheckZone(string item, PictureZone? zone, IReadOnlyDictionary<string, string> sources, List<string> problems)
    {
        if (zone is null)
        {
            problems.Add($"{File}: '{item}': is empty.");
            return;
        }

        item = Named(item, zone.Region);
        CheckView(item, zone.View, problems);
        ContentRules.RequireSource(File, item, zone.Source, sources, problems);
        if ((zone.Polygon is null) == (zone.Ellipse is null))
        {
            problems.Add($"{File}: '{item}': needs either a 'polygon' or an 'ellipse', not both or neither.");
            return;
        }

        if (zone.Polygon is { Points.Count: < 3 })
        {
            problems.Add($"{File}: '{item}': a polygon needs at least 3 points.");
            return;
        }

        if (zone.Ellipse is { Rx: <= 0 } or { Ry: <= 0 })
        {
            problems.Add($"{File}: '{item}': an ellipse needs rx and ry above 0.");
            return;
        }

        var outside = zone.Extremes.Where(p => !BodyOutline.InFigure(p)).ToList();
        if (outside.Count > 0)
        {
            problems.Add($"{File}: '{item}': reaches ({Number(outside[0].X)}, {Number(outside[0].Y)}), outside the figure (0-{Number(BodyOutline.Width)} by 0-{Number(BodyOutline.Height)}).");
        }
        else if (!BodyOutline.Contains(zone.Centre))
        {
            problems.Add($"{File}: '{item}': its centre ({Number(zone.Centre.X)}, {Number(zone.Centre.Y)}) is not on the body.");
        }
    }

    private static void CheckView(string item, string? view, List<string> problems)
    {
        if (view is null || !FigureViews.All.Contains(view, StringComparer.Ordinal))
        {
            problems.Add($"{File}: '{item}': the view '{view}' is not one of {string.Join(", ", FigureViews.All)}.");
        }
    }

    private static string Named(string item, string? name) => string.IsNullOrWhiteSpace(name) ? item : $"{item} ({name})";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
