using System.Collections.Concurrent;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;

namespace CoachBot.Pictures;

/// <summary>
/// Renders each picture once and keeps its bytes: the pictures change only with pictures.json, so
/// there are at most one per area and side (12 areas, 4 sides) and the body map.
/// </summary>
public sealed class PictureCache
{
    private readonly IReadOnlyDictionary<string, AreaPicture> _pictures;
    private readonly ConcurrentDictionary<(string AreaId, string Side), RenderedPicture> _areas = new();
    private readonly Lazy<RenderedPicture> _bodyMap;

    /// <summary>Creates the cache over <paramref name="content"/>'s pictures (already validated when it loaded).</summary>
    public PictureCache(ContentLibrary content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _pictures = content.Pictures;

        // In button order, as the areas are offered.
        var inOrder = content.Default.Areas.Select(area => _pictures[area.Id]).ToList();
        _bodyMap = new Lazy<RenderedPicture>(() => RenderedPicture.Of(BodyPicture.RenderBodyMap(inOrder)));
    }

    /// <summary>Whether an area has the id <paramref name="areaId"/> (exactly, as areas.json spells it).</summary>
    public bool HasArea(string areaId) => _pictures.ContainsKey(areaId);

    /// <summary>The whole-body map.</summary>
    public RenderedPicture BodyMap => _bodyMap.Value;

    /// <summary>
    /// <paramref name="areaId"/>'s picture for <paramref name="side"/> (one of <see cref="PictureSides.All"/>),
    /// or null when no area has that id.
    /// </summary>
    /// <exception cref="ArgumentException">The side is not one of <see cref="PictureSides.All"/>.</exception>
    public RenderedPicture? Area(string areaId, string side)
    {
        ArgumentNullException.ThrowIfNull(areaId);
        if (!PictureSides.IsKnown(side))
        {
            throw new ArgumentException($"'{side}' is not a side; use {string.Join(", ", PictureSides.All)}.", nameof(side));
        }

        return _pictures.TryGetValue(areaId, out var picture)
            ? _areas.GetOrAdd((areaId, side), key => RenderedPicture.Of(BodyPicture.Render(picture.OnSide(key.Side))))
            : null;
    }
}
