namespace CoachBot.Dialogs.Catalogs;

/// <summary>The limits every area's stretch must keep, and the rest between holds.</summary>
/// <param name="MinHoldSeconds">The shortest hold allowed.</param>
/// <param name="MaxHoldSeconds">The longest hold allowed.</param>
/// <param name="MinRepetitions">The fewest holds.</param>
/// <param name="MaxRepetitions">The most holds.</param>
/// <param name="RestSeconds">The rest between holds.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record StretchTiming(int MinHoldSeconds, int MaxHoldSeconds, int MinRepetitions, int MaxRepetitions, int RestSeconds, string Source);
