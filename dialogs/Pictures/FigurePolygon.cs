namespace CoachBot.Dialogs.Pictures;

/// <summary>A closed polygon in the figure's coordinate space: the outline's parts and the referred zones drawn as shapes.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(FigurePolygonJsonConverter))]
public sealed class FigurePolygon
{
    /// <summary>Creates the polygon through <paramref name="points"/>, closed from the last back to the first.</summary>
    public FigurePolygon(IEnumerable<FigurePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = points.ToList();
    }

    /// <summary>The corners, in order.</summary>
    public IReadOnlyList<FigurePoint> Points { get; }

    /// <summary>The average of the corners: inside any of the convex or gently curved shapes used here.</summary>
    public FigurePoint Centre => Points.Count == 0
        ? default
        : new(Points.Average(p => p.X), Points.Average(p => p.Y));

    /// <summary>Whether <paramref name="point"/> lies inside the polygon (even-odd rule, by a ray to the right).</summary>
    public bool Contains(FigurePoint point)
    {
        var inside = false;
        for (int i = 0, j = Points.Count - 1; i < Points.Count; j = i++)
        {
            var (a, b) = (Points[i], Points[j]);
            if ((a.Y > point.Y) != (b.Y > point.Y) && point.X < ((b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>The same polygon on the body's other side.</summary>
    public FigurePolygon Mirrored() => new(Points.Select(p => p.Mirrored()));

    /// <summary>Whether the polygon is its own mirror image (it lies across the midline, like the spine).</summary>
    public bool IsOnMidline => Points.All(p => Points.Any(q => Close(q, p.Mirrored())));

    private static bool Close(FigurePoint a, FigurePoint b) => Math.Abs(a.X - b.X) < 1e-6 && Math.Abs(a.Y - b.Y) < 1e-6;
}
