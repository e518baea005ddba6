namespace CoachBot.Dialogs.Catalogs;

/// <summary>How long a release hold lasts, and the range a person may choose.</summary>
/// <param name="DefaultSeconds">The default hold.</param>
/// <param name="MinSeconds">The shortest allowed.</param>
/// <param name="MaxSeconds">The longest allowed.</param>
/// <param name="Source">The id of the source a reviewer can check.</param>
public sealed record ReleaseTiming(int DefaultSeconds, int MinSeconds, int MaxSeconds, string Source);
