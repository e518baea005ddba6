namespace CoachBot.Progress;

/// <summary>One rating as the program chart places it.</summary>
/// <param name="X">Days since the start of day 1: 0.33 is 8:00 on day 1, 6.79 is 19:00 on day 7.</param>
/// <param name="Rating">The rating, 0-10.</param>
/// <param name="Evening">True for a rating given from 14:00 local time on.</param>
public sealed record ProgramChartPoint(double X, int Rating, bool Evening);
