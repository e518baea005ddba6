namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// How one tool (thumb, knuckle, ball) works on one area: how to find the spot and how to press
/// it, or, where the tool does not fit the area, which tool to use instead and why.
/// </summary>
/// <param name="FindTheSpot">How to search for the tender spot with this tool.</param>
/// <param name="Release">How to get into position and press with this tool.</param>
/// <param name="Instead">The tool to use instead, when this one does not fit the area.</param>
/// <param name="Why">Why this tool does not fit, naming the one that does.</param>
public sealed record ToolContent(ContentText? FindTheSpot, ContentText? Release, string? Instead, ContentText? Why)
{
    /// <summary>True when this tool can be used on the area.</summary>
    public bool Fits => Instead is null;
}
