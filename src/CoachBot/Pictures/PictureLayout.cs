using CoachBot.Dialogs.Pictures;
using SkiaSharp;

namespace CoachBot.Pictures;

/// <summary>
/// Which part of the figure a picture shows and where it lands in the image: the front view on the
/// left, the back view on the right, each panel <see cref="PanelWidth"/> pixels wide. A picture
/// shows the smallest part of the body that holds all its marks (the head and shoulders, the lower
/// legs, the trunk, the lower body, else the whole), enlarged, so a spot on the jaw or the heel is
/// as easy to see on a phone as one on the back. Tests use it to find a mark's pixels.
/// </summary>
/// <param name="FrameLeft">The figure x at the panel's left edge.</param>
/// <param name="FrameTop">The figure y at the panel's top edge.</param>
/// <param name="FrameWidth">How many figure units the panel shows across; the height follows from it.</param>
/// <param name="FrameHeight">How many figure units the panel shows down.</param>
internal sealed record PictureLayout(double FrameLeft, double FrameTop, double FrameWidth, double FrameHeight)
{
    /// <summary>The image's width in pixels, whatever the frame: two panels and their margins.</summary>
    public const int Width = 480;

    /// <summary>The width of one view's panel, in pixels.</summary>
    public const int PanelWidth = 200;

    /// <summary>The margin above and below the panels, in pixels.</summary>
    public const int Margin = 10;

    /// <summary>The left edge of the front view's panel, in pixels.</summary>
    public const int FrontLeft = 20;

    /// <summary>The left edge of the back view's panel, in pixels.</summary>
    public const int BackLeft = 260;

    /// <summary>The whole body, 2 pixels a unit: a 480 by 460 image.</summary>
    public static PictureLayout FullBody { get; } = new(0, 0, BodyOutline.Width, BodyOutline.Height);

    /// <summary>The head, the neck and the tops of the shoulder blades, about 3.3 pixels a unit: 480 by 260.</summary>
    public static PictureLayout HeadAndShoulders { get; } = new(20, 0, 60, 72);

    /// <summary>Both legs from above the knees to the soles, 4 pixels a unit: 480 by 360.</summary>
    public static PictureLayout Legs { get; } = new(25, 135, 50, 85);

    /// <summary>The head, the trunk and the arms down to the fingertips, 2.5 pixels a unit: 480 by 345.</summary>
    public static PictureLayout Trunk { get; } = new(10, 0, 80, 130);

    /// <summary>From the waist down, the hands included, about 2.6 pixels a unit: 480 by 378.</summary>
    public static PictureLayout LowerBody { get; } = new(12, 84, 76, 136);

    // The frames in the order they are tried, the most enlarged first.
    private static readonly PictureLayout[] Frames = [HeadAndShoulders, Legs, Trunk, LowerBody];

    // A frame is chosen only when every mark stays this far from where it cuts across the body.
    private const double Inset = 4;

    /// <summary>Pixels per figure unit.</summary>
    public float Scale => (float)(PanelWidth / FrameWidth);

    /// <summary>The height of one panel, in pixels.</summary>
    public int PanelHeight => (int)Math.Round(FrameHeight * Scale);

    /// <summary>The image's height in pixels.</summary>
    public int Height => PanelHeight + (2 * Margin);

    /// <summary>The most enlarged frame that holds all of <paramref name="marks"/>, else the whole body.</summary>
    public static PictureLayout For(AreaPicture marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var points = marks.Spots.SelectMany(s => new FigurePoint[] { new(s.X, s.Y - s.Radius), new(s.X, s.Y + s.Radius) })
            .Concat(marks.Zones.SelectMany(z => z.Extremes))
            .ToList();
        if (points.Count == 0)
        {
            return FullBody;
        }

        return Frames.FirstOrDefault(frame => points.All(frame.Holds)) ?? FullBody;
    }

    /// <summary>The left edge of <paramref name="view"/>'s panel, in pixels.</summary>
    public static int Left(string view) => view == FigureViews.Back ? BackLeft : FrontLeft;

    /// <summary>The pixel at figure point <paramref name="point"/> of <paramref name="view"/>.</summary>
    public SKPoint ToPixel(string view, FigurePoint point) =>
        new(Left(view) + (float)((point.X - FrameLeft) * Scale), Margin + (float)((point.Y - FrameTop) * Scale));

    // The frames' sides and the figure's own top and bottom cut nothing; only an edge across the body needs the inset.
    private bool Holds(FigurePoint point)
    {
        var bottom = FrameTop + FrameHeight;
        return point.X >= FrameLeft && point.X <= FrameLeft + FrameWidth
            && point.Y >= FrameTop + (FrameTop > 0 ? Inset : 0)
            && point.Y <= bottom - (bottom < BodyOutline.Height ? Inset : 0);
    }
}
