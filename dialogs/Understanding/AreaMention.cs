namespace CoachBot.Dialogs.Understanding;

/// <summary>What a person said about where it hurts.</summary>
/// <param name="AreaIds">The areas named, in the order mentioned.</param>
/// <param name="Side">"left", "right", "both" or null when not said.</param>
public sealed record AreaMention(IReadOnlyList<string> AreaIds, string? Side);
