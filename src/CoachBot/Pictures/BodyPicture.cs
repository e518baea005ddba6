using CoachBot.Dialogs.Pictures;
using SkiaSharp;

namespace CoachBot.Pictures;

/// <summary>
/// Draws the body from the front and from behind, side by side, with an area's spots to press
/// (solid orange circles) and the zones its pain can spread to (shaded blue with hatching), or
/// every area's spots for the whole-body map. No text is drawn: a fresh machine may have no fonts,
/// and the words go in the alt text in the person's language.
/// </summary>
public static class BodyPicture
{
    /// <summary>The content type of what <see cref="Render"/> returns.</summary>
    public const string ContentType = "image/png";

    // Okabe-Ito vermillion and blues: told apart with the common colour-vision deficiencies, and
    // the spot is solid where the zone is translucent and hatched, so they differ in greyscale too.
    internal static readonly SKColor Background = new(0xFB, 0xFA, 0xF7);
    internal static readonly SKColor BodyFill = new(0xED, 0xE6, 0xDB);
    internal static readonly SKColor OutlineColor = new(0x6F, 0x65, 0x56);
    internal static readonly SKColor LandmarkColor = new(0xB7, 0xAC, 0x9C);
    internal static readonly SKColor SpotColor = new(0xD5, 0x5E, 0x00);
    internal static readonly SKColor SpotEdge = new(0x7A, 0x35, 0x00);
    internal static readonly SKColor ZoneFill = new(0x56, 0xB4, 0xE9, 0x8C);
    internal static readonly SKColor ZoneHatch = new(0x00, 0x72, 0xB2, 0xC0);

    // In pixels, whatever the frame's scale: the same pen on an enlarged head as on the whole body.
    private const float OutlineWidth = 2.2f;
    private const float LandmarkWidth = 1.2f;
    private const float HatchSpacing = 5f;
    private const float HatchWidth = 1f;
    private const float SpotRing = 1.8f;
    private const float SpotEdgeWidth = 0.9f;

    // In figure units.
    private const float CornerRadius = 2f;

    /// <summary>
    /// Renders <paramref name="marks"/> (already placed on the side to show, <see cref="AreaPicture.OnSide"/>)
    /// as a PNG 480 pixels wide, enlarged on the head or the legs when all the marks are there.
    /// </summary>
    public static byte[] Render(AreaPicture marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        return Render(PictureLayout.For(marks), marks.Spots, marks.Zones);
    }

    /// <summary>Renders <paramref name="marks"/> in a frame of the caller's choosing: tests compare a picture with its bare figure in the same frame.</summary>
    internal static byte[] Render(AreaPicture marks, PictureLayout layout) => Render(layout, marks.Spots, marks.Zones);

    /// <summary>
    /// Renders the map for "Where does it hurt?": the whole body with each area's first spot (its main
    /// muscle) on both sides and no zones. One dot an area, not every spot: seven spots around each
    /// shoulder blade would run together, and the map only has to say where the areas are.
    /// </summary>
    public static byte[] RenderBodyMap(IEnumerable<AreaPicture> pictures)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        var spots = pictures
            .Where(p => p.Spots is { Count: > 0 })
            .SelectMany(p => new AreaPicture([p.Spots[0]], []).OnSide(PictureSides.Both).Spots)
            .DistinctBy(s => (s.View, s.X, s.Y))
            .ToList();
        return Render(PictureLayout.FullBody, spots, []);
    }

    private static byte[] Render(PictureLayout layout, IReadOnlyList<PictureSpot> spots, IReadOnlyList<PictureZone> zones)
    {
        // Opaque, so the PNG carries three bytes a pixel, not four: every picture stays well under 30 KB.
        using var surface = SKSurface.Create(new SKImageInfo(PictureLayout.Width, layout.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var body = BodyPath();
        foreach (var view in FigureViews.All)
        {
            canvas.Save();
            canvas.Translate(PictureLayout.Left(view), PictureLayout.Margin);
            canvas.ClipRect(new SKRect(0, 0, PictureLayout.PanelWidth, layout.PanelHeight));
            canvas.Scale(layout.Scale);
            canvas.Translate((float)-layout.FrameLeft, (float)-layout.FrameTop);
            var pixel = 1 / layout.Scale;
            using (var fill = new SKPaint { Color = BodyFill, IsAntialias = true, Style = SKPaintStyle.Fill })
            {
                canvas.DrawPath(body, fill);
            }

            DrawLandmarks(canvas, view, pixel);
            DrawZones(canvas, body, zones.Where(z => z.View == view), pixel);
            using (var outline = new SKPaint { Color = OutlineColor, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = OutlineWidth * pixel, StrokeJoin = SKStrokeJoin.Round })
            {
                canvas.DrawPath(body, outline);
            }

            DrawSpots(canvas, spots.Where(s => s.View == view), pixel);
            canvas.Restore();
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    // The outline's parts overlap where they join; their union is one silhouette with one clean edge,
    // its polygon corners rounded so an enlarged calf is a curve (the tests check that no spot is
    // left hanging over the edge the rounding moves).
    private static SKPath BodyPath()
    {
        var body = new SKPath();
        body.AddOval(Rect(BodyOutline.Head));
        foreach (var part in BodyOutline.Parts)
        {
            using var partPath = PolygonPath(part);
            using var joined = body.Op(partPath, SKPathOp.Union);
            body.Dispose();
            body = new SKPath(joined);
        }

        using var corners = SKPathEffect.CreateCorner(CornerRadius);
        using var rounding = new SKPaint { PathEffect = corners, Style = SKPaintStyle.Fill };
        using var rounded = new SKPath();
        rounding.GetFillPath(body, rounded);
        body.Dispose();

        // The union and the rounding are not exactly symmetric where the neck meets the head, so the
        // viewer's left half is kept and mirrored: a left-side picture is then the right's exact mirror.
        using var leftEdge = new SKPath();
        leftEdge.AddRect(new SKRect(-1, -1, (float)(BodyOutline.Width / 2), (float)BodyOutline.Height + 1));
        using var half = rounded.Op(leftEdge, SKPathOp.Intersect);
        using var otherHalf = new SKPath(half);
        otherHalf.Transform(SKMatrix.CreateScale(-1, 1, (float)(BodyOutline.Width / 2), 0));
        return half.Op(otherHalf, SKPathOp.Union);
    }

    private static void DrawLandmarks(SKCanvas canvas, string view, float pixel)
    {
        using var paint = new SKPaint { Color = LandmarkColor, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = LandmarkWidth * pixel, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        foreach (var line in BodyLandmarks.Lines(view))
        {
            using var path = new SKPath();
            path.AddPoly(line.Select(Point).ToArray(), close: false);
            canvas.DrawPath(path, paint);
        }

        foreach (var dot in BodyLandmarks.Dots(view))
        {
            canvas.DrawOval(Rect(dot), paint);
        }
    }

    private static void DrawZones(SKCanvas canvas, SKPath body, IEnumerable<PictureZone> zones, float pixel)
    {
        using var fill = new SKPaint { Color = ZoneFill, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var hatch = new SKPaint { Color = ZoneHatch, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = HatchWidth * pixel };
        var spacing = HatchSpacing * pixel;

        // A zone that reaches past the edge (the ear, the heel) is shaded only on the body.
        canvas.Save();
        canvas.ClipPath(body, antialias: true);
        foreach (var zone in zones)
        {
            using var path = ZonePath(zone);
            canvas.DrawPath(path, fill);
            canvas.Save();
            canvas.ClipPath(path, antialias: true);
            var bounds = path.Bounds;

            // Lines at 45 degrees (x - y = c) on one grid for every zone, so overlapping zones' hatching lines up.
            var first = MathF.Floor((bounds.Left - bounds.Bottom) / spacing) * spacing;
            for (var c = first; c <= bounds.Right - bounds.Top; c += spacing)
            {
                canvas.DrawLine(c + bounds.Top, bounds.Top, c + bounds.Bottom, bounds.Bottom, hatch);
            }

            canvas.Restore();
            canvas.DrawPath(path, hatch);
        }

        canvas.Restore();
    }

    private static void DrawSpots(SKCanvas canvas, IEnumerable<PictureSpot> spots, float pixel)
    {
        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var fill = new SKPaint { Color = SpotColor, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { Color = SpotEdge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = SpotEdgeWidth * pixel };
        foreach (var spot in spots)
        {
            var centre = Point(spot.Centre);
            var radius = (float)spot.Radius;

            // A white ring keeps the spot readable where it sits on a shaded zone or an outline.
            canvas.DrawCircle(centre, radius + (SpotRing * pixel), ring);
            canvas.DrawCircle(centre, radius, fill);
            canvas.DrawCircle(centre, radius + (SpotRing * pixel), edge);
        }
    }

    private static SKPath ZonePath(PictureZone zone)
    {
        if (zone.Ellipse is { } ellipse)
        {
            var path = new SKPath();
            path.AddOval(Rect(ellipse));
            return path;
        }

        return PolygonPath(zone.Polygon!);
    }

    private static SKPath PolygonPath(FigurePolygon polygon)
    {
        var path = new SKPath();
        path.AddPoly(polygon.Points.Select(Point).ToArray(), close: true);
        return path;
    }

    private static SKPoint Point(FigurePoint point) => new((float)point.X, (float)point.Y);

    private static SKRect Rect(FigureEllipse ellipse) =>
        new((float)(ellipse.X - ellipse.Rx), (float)(ellipse.Y - ellipse.Ry), (float)(ellipse.X + ellipse.Rx), (float)(ellipse.Y + ellipse.Ry));
}
