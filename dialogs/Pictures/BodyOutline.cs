namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// The one body outline every picture is drawn on and every spot in pictures.json is checked
/// against, so what validation calls "inside the body" is what a person sees.
/// </summary>
/// <remarks>
/// Each view (front, back) is its own space <see cref="Width"/> wide and <see cref="Height"/> high,
/// x to the viewer's right and y down: the head's top is at y 5.5, the shoulders at about y 40,
/// the waist at y 86, the crotch at y 120, the knees at y 160 and the soles at y 216.5. A standing
/// body seen from behind has the same silhouette as from the front, and this one is symmetric,
/// so both views share it; only the landmarks drawn inside differ (<see cref="BodyLandmarks"/>).
/// </remarks>
public static class BodyOutline
{
    /// <summary>The width of one view.</summary>
    public const double Width = 100;

    /// <summary>The height of one view.</summary>
    public const double Height = 220;

    /// <summary>The head.</summary>
    public static FigureEllipse Head { get; } = new(50, 18, 9.5, 12.5);

    /// <summary>The neck, the trunk, both arms and both legs (each leg with its foot), which overlap where they join.</summary>
    public static IReadOnlyList<FigurePolygon> Parts { get; } = BuildParts();

    /// <summary>Whether <paramref name="point"/> lies inside the body (the head or any part).</summary>
    public static bool Contains(FigurePoint point) => Head.Contains(point) || Parts.Any(part => part.Contains(point));

    /// <summary>
    /// Whether a circle lies inside the body: its centre and eight points around its rim, which is
    /// close enough for spots a few units across on a figure whose parts are convex.
    /// </summary>
    public static bool ContainsCircle(FigurePoint centre, double radius) =>
        Contains(centre) && Enumerable.Range(0, 8)
            .Select(i => i * Math.PI / 4)
            .All(angle => Contains(new FigurePoint(centre.X + (radius * Math.Cos(angle)), centre.Y + (radius * Math.Sin(angle)))));

    /// <summary>Whether <paramref name="point"/> lies within the view's bounds.</summary>
    public static bool InFigure(FigurePoint point) => point.X is >= 0 and <= Width && point.Y is >= 0 and <= Height;

    private static List<FigurePolygon> BuildParts()
    {
        var neck = Polygon((44.5, 26), (55.5, 26), (56.5, 39), (43.5, 39));

        // The trunk, from the base of the neck down the viewer's left side to the crotch and up the other.
        var trunkLeftHalf = Points(
            (50, 36), (43.5, 36.5), (38, 38), (32, 39.8), (28, 41.5), (25.5, 44.5), (24.8, 48),
            (26, 53), (29.5, 58), (31, 66), (32.5, 76), (34.5, 86), (33.5, 94), (32, 101),
            (31.5, 108), (32.5, 114), (38, 117.5), (44, 119), (50, 120));
        var trunk = new FigurePolygon(trunkLeftHalf.Concat(trunkLeftHalf.AsEnumerable().Reverse().Skip(1).SkipLast(1).Select(p => p.Mirrored())));

        // The arm hangs a little away from the trunk, palm forward, so the forearm stands clear.
        var arm = Polygon(
            (25.5, 44), (22.5, 48), (20.5, 55), (19.5, 64), (18.8, 74), (18.2, 82), (17, 90), (15.8, 100), (15.3, 108),
            (14.3, 112), (13.8, 118), (14.5, 124), (16.5, 127.5), (18.8, 127), (20.2, 123), (20.8, 117), (20.9, 112),
            (20.8, 108.5), (22, 100), (23.5, 90), (25, 82), (26.5, 72), (28, 63), (29.5, 57));

        // The leg from the hip down its outer side, round the foot, and up its inner side.
        var leg = Polygon(
            (32.5, 112), (32.2, 120), (33, 130), (34.2, 140), (35.5, 150), (36.5, 157), (37, 162), (36.5, 168),
            (36.5, 175), (37.3, 183), (38.6, 192), (39.8, 200), (40.5, 205),
            (39.5, 208), (37.8, 212), (38, 215.5), (41, 216.5), (45, 216.5), (47.5, 215), (47.2, 211), (46.4, 206),
            (46.6, 200), (47, 192), (47.2, 183), (47.5, 175), (47.6, 168), (47.4, 162), (47.8, 156), (48.5, 148),
            (49.2, 138), (49.6, 128), (49.8, 120));

        return [neck, trunk, arm, arm.Mirrored(), leg, leg.Mirrored()];
    }

    private static FigurePoint[] Points(params (double X, double Y)[] points) => points.Select(p => new FigurePoint(p.X, p.Y)).ToArray();

    private static FigurePolygon Polygon(params (double X, double Y)[] points) => new(Points(points));
}
