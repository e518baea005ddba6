namespace CoachBot.Dialogs.Pictures;

/// <summary>An upright ellipse in the figure's coordinate space (pictures.json: {"x", "y", "rx", "ry"}).</summary>
/// <param name="X">The centre's x.</param>
/// <param name="Y">The centre's y.</param>
/// <param name="Rx">Half its width.</param>
/// <param name="Ry">Half its height.</param>
public sealed record FigureEllipse(double X, double Y, double Rx, double Ry)
{
    /// <summary>The centre.</summary>
    public FigurePoint Centre => new(X, Y);

    /// <summary>Whether <paramref name="point"/> lies inside (or on) the ellipse.</summary>
    public bool Contains(FigurePoint point) =>
        Rx > 0 && Ry > 0 && Math.Pow((point.X - X) / Rx, 2) + Math.Pow((point.Y - Y) / Ry, 2) <= 1;

    /// <summary>The same ellipse on the body's other side.</summary>
    public FigureEllipse Mirrored() => this with { X = BodyOutline.Width - X };
}
