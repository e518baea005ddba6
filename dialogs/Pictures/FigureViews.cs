namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// The two views a picture shows side by side, as pictures.json names them. In the front view the
/// person's right is on the viewer's left; in the back view it is on the viewer's right.
/// </summary>
public static class FigureViews
{
    /// <summary>The body seen from the front (the face, the kneecaps).</summary>
    public const string Front = "front";

    /// <summary>The body seen from behind (the spine, the shoulder blades).</summary>
    public const string Back = "back";

    /// <summary>Both views, in the order they are drawn, left to right.</summary>
    public static IReadOnlyList<string> All { get; } = [Front, Back];
}
