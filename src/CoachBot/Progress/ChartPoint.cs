namespace CoachBot.Progress;

/// <summary>One plotted point of the progress chart: a local day and the average rating of one phase that day.</summary>
/// <param name="Day">The person's local date.</param>
/// <param name="Rating">The average of that day's ratings of the phase, 0-10.</param>
public sealed record ChartPoint(DateOnly Day, double Rating);
