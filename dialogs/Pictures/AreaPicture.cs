namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// What an area's picture marks (content/pictures.json, one entry per area id): the spots to press
/// and the zones their pain can spread to, on the person's right side.
/// </summary>
/// <param name="Spots">Where to press.</param>
/// <param name="Zones">Where the pain can be felt.</param>
public sealed record AreaPicture(IReadOnlyList<PictureSpot> Spots, IReadOnlyList<PictureZone> Zones)
{
    /// <summary>A picture with no marks: the bare figure.</summary>
    public static AreaPicture Empty { get; } = new([], []);

    /// <summary>
    /// The marks for <paramref name="side"/> (one of <see cref="PictureSides.All"/>): as given for the
    /// right, mirrored for the left, and both for "both" and "middle", where a mark on the midline
    /// is kept once as given.
    /// </summary>
    /// <exception cref="ArgumentException">The side is not one of <see cref="PictureSides.All"/>.</exception>
    public AreaPicture OnSide(string side)
    {
        if (!PictureSides.IsKnown(side))
        {
            throw new ArgumentException($"'{side}' is not a side; use {string.Join(", ", PictureSides.All)}.", nameof(side));
        }

        var spots = Spots ?? [];
        var zones = Zones ?? [];
        return side switch
        {
            PictureSides.Right => new(spots, zones),
            PictureSides.Left => new(spots.Select(s => s.Mirrored()).ToList(), zones.Select(z => z.Mirrored()).ToList()),
            _ => new(
                spots.Concat(spots.Where(s => !s.IsOnMidline).Select(s => s.Mirrored())).ToList(),
                zones.Concat(zones.Where(z => !z.IsOnMidline).Select(z => z.Mirrored())).ToList()),
        };
    }
}
