namespace CoachBot.Dialogs.Pictures;

/// <summary>A point in the figure's coordinate space (see <see cref="BodyOutline"/>): x to the viewer's right, y down.</summary>
/// <param name="X">From 0 (the viewer's left edge of a view) to <see cref="BodyOutline.Width"/>.</param>
/// <param name="Y">From 0 (above the head) to <see cref="BodyOutline.Height"/> (below the feet).</param>
public readonly record struct FigurePoint(double X, double Y)
{
    /// <summary>The same point on the body's other side: reflected in the midline of its view.</summary>
    public FigurePoint Mirrored() => new(BodyOutline.Width - X, Y);
}
