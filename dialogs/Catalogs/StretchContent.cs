namespace CoachBot.Dialogs.Catalogs;

/// <summary>An area's stretch: what to do and how long to hold it.</summary>
/// <param name="Text">The instruction.</param>
/// <param name="HoldSeconds">Seconds per hold (before Coach:TimeScale).</param>
/// <param name="Repetitions">How many holds.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
/// <param name="LongerForOlderAdults">Whether older adults hold it longer; false where the source sets short holds (the jaw).</param>
public sealed record StretchContent(string Text, int HoldSeconds, int Repetitions, string Source, bool LongerForOlderAdults = true);
