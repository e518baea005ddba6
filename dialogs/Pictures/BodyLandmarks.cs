namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// The few lines drawn inside the outline so a person can tell the front from the back and find
/// the spot: eyes, collarbones, navel and kneecaps in front; the spine, the shoulder blades and
/// the buttocks' creases behind. They share <see cref="BodyOutline"/>'s coordinates.
/// </summary>
public static class BodyLandmarks
{
    private static readonly IReadOnlyList<IReadOnlyList<FigurePoint>> FrontLines = Both(
        Line((44, 40), (37, 40.8), (30.5, 42.5)));

    private static readonly IReadOnlyList<FigureEllipse> FrontDots =
    [
        new(46.2, 17.5, 0.9, 0.9), new(53.8, 17.5, 0.9, 0.9),
        new(50, 92, 0.7, 0.7),
        new(42.2, 160, 2.6, 3), new(57.8, 160, 2.6, 3),
    ];

    private static readonly IReadOnlyList<IReadOnlyList<FigurePoint>> BackLines =
    [
        Line((50, 37), (50, 104)),
        Line((50, 104), (50, 116)),
        .. Both(
            // The shoulder blade (back view, the person's right): its spine, then its medial and lateral borders.
            Line((57, 49), (63, 47.3), (70, 45.5)),
            Line((56.5, 44.5), (56.2, 56), (60.5, 68.5), (67, 57.5), (70, 45.5)),
            Line((50.5, 117), (55, 119.3), (60, 119.8), (64.5, 117.5)),
            Line((54.5, 159), (57.5, 159.6), (60.5, 159))),
    ];

    /// <summary>The open lines drawn in <paramref name="view"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<FigurePoint>> Lines(string view) => view == FigureViews.Front ? FrontLines : BackLines;

    /// <summary>The small outlined shapes drawn in <paramref name="view"/> (eyes, navel, kneecaps).</summary>
    public static IReadOnlyList<FigureEllipse> Dots(string view) => view == FigureViews.Front ? FrontDots : [];

    private static IReadOnlyList<FigurePoint> Line(params (double X, double Y)[] points) => points.Select(p => new FigurePoint(p.X, p.Y)).ToList();

    private static List<IReadOnlyList<FigurePoint>> Both(params IReadOnlyList<FigurePoint>[] lines) =>
        lines.Concat(lines.Select(line => (IReadOnlyList<FigurePoint>)line.Select(p => p.Mirrored()).ToList())).ToList();
}
