namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// The sides a picture can show, the same ids the side question stores (patterns.json "sides").
/// pictures.json gives every mark on the person's right; the others are made from it.
/// </summary>
public static class PictureSides
{
    /// <summary>The person's left: every mark mirrored.</summary>
    public const string Left = "left";

    /// <summary>The person's right: the marks as pictures.json gives them.</summary>
    public const string Right = "right";

    /// <summary>Both sides: the marks and their mirror images.</summary>
    public const string Both = "both";

    /// <summary>
    /// The middle (between the shoulder blades, along the spine): the muscles lie on either side
    /// of the spine, so both sides are shown; a mark on the midline is drawn once, as given.
    /// </summary>
    public const string Middle = "middle";

    /// <summary>Every side, as the endpoint accepts them.</summary>
    public static IReadOnlyList<string> All { get; } = [Left, Right, Both, Middle];

    /// <summary>Whether <paramref name="side"/> is one of <see cref="All"/> (exactly, in lower case).</summary>
    public static bool IsKnown(string? side) => side is not null && All.Contains(side, StringComparer.Ordinal);
}
