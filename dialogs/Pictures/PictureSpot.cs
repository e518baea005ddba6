namespace CoachBot.Dialogs.Pictures;

/// <summary>One spot to press (pictures.json "spots"): a solid circle over the muscle that holds the trigger point.</summary>
/// <param name="View">Which view it is drawn in, <see cref="FigureViews.Front"/> or <see cref="FigureViews.Back"/>.</param>
/// <param name="X">The centre's x, on the person's right side.</param>
/// <param name="Y">The centre's y.</param>
/// <param name="Radius">The circle's radius, in the same units.</param>
/// <param name="Source">The id in sources.json that says where the muscle's trigger point lies.</param>
/// <param name="Muscle">For a reviewer: which muscle the spot marks (English, never shown to a person).</param>
public sealed record PictureSpot(string View, double X, double Y, double Radius, string Source, string? Muscle = null)
{
    /// <summary>The centre.</summary>
    public FigurePoint Centre => new(X, Y);

    /// <summary>Whether <paramref name="point"/> lies inside (or on) the circle.</summary>
    public bool Contains(FigurePoint point) => Math.Pow(point.X - X, 2) + Math.Pow(point.Y - Y, 2) <= Radius * Radius;

    /// <summary>Whether the spot sits on the midline, so its mirror image is itself.</summary>
    public bool IsOnMidline => Math.Abs(X - (BodyOutline.Width / 2)) < 1e-6;

    /// <summary>The same spot on the body's other side.</summary>
    public PictureSpot Mirrored() => this with { X = BodyOutline.Width - X };
}
