namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// One place the spots' pain can spread to (pictures.json "zones"), drawn shaded: either a polygon
/// or an ellipse.
/// </summary>
/// <param name="View">Which view it is drawn in, <see cref="FigureViews.Front"/> or <see cref="FigureViews.Back"/>.</param>
/// <param name="Polygon">Its outline as [x, y] corners, on the person's right side; or null for an ellipse.</param>
/// <param name="Ellipse">Its ellipse, on the person's right side; or null for a polygon.</param>
/// <param name="Source">The id in sources.json that shows this referred-pain pattern.</param>
/// <param name="Region">For a reviewer: which part of the area's "refersTo" it draws (English, never shown to a person).</param>
public sealed record PictureZone(string View, FigurePolygon? Polygon, FigureEllipse? Ellipse, string Source, string? Region = null)
{
    /// <summary>A point inside the zone: the ellipse's centre, or the average of the polygon's corners.</summary>
    public FigurePoint Centre => Ellipse?.Centre ?? Polygon?.Centre ?? default;

    /// <summary>Every point that says where the zone reaches: the polygon's corners, or the ellipse's left, right, top and bottom.</summary>
    public IEnumerable<FigurePoint> Extremes => Ellipse is { } e
        ? [new(e.X - e.Rx, e.Y), new(e.X + e.Rx, e.Y), new(e.X, e.Y - e.Ry), new(e.X, e.Y + e.Ry)]
        : Polygon?.Points ?? [];

    /// <summary>Whether <paramref name="point"/> lies inside the zone.</summary>
    public bool Contains(FigurePoint point) => Ellipse?.Contains(point) ?? Polygon?.Contains(point) ?? false;

    /// <summary>Whether the zone lies across the midline as its own mirror image (along the spine).</summary>
    public bool IsOnMidline => Ellipse is { } e ? Math.Abs(e.X - (BodyOutline.Width / 2)) < 1e-6 : Polygon?.IsOnMidline ?? false;

    /// <summary>The same zone on the body's other side.</summary>
    public PictureZone Mirrored() => this with { Polygon = Polygon?.Mirrored(), Ellipse = Ellipse?.Mirrored() };
}
