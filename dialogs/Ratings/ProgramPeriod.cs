using System.Globalization;

namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// The 14 local days of a two-week program. It can be read from the ratings alone (a check-in
/// knows its program day), so the chart and the therapist report show the program without the
/// person's profile, and agree with the reviews, which know the start date.
/// </summary>
/// <param name="Start">Day 1.</param>
public sealed record ProgramPeriod(DateOnly Start)
{
    /// <summary>How many days a program lasts.</summary>
    public const int Days = 14;

    /// <summary>Day 14.</summary>
    public DateOnly End => Start.AddDays(Days - 1);

    /// <summary>The program day of <paramref name="localDate"/>: 1 on <see cref="Start"/>.</summary>
    public int DayOf(DateOnly localDate) => localDate.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether <paramref name="rating"/> was given during the program.</summary>
    public bool Contains(PainRating rating) =>
        TryParseDay(rating?.LocalDate, out var day) && day >= Start && day <= End;

    /// <summary>The period starting on <paramref name="startDate"/> (yyyy-MM-dd), or null when it is not a date.</summary>
    public static ProgramPeriod? Starting(string? startDate) =>
        TryParseDay(startDate, out var start) ? new ProgramPeriod(start) : null;

    /// <summary>The most recent program <paramref name="ratings"/> show, or null when none was given during one.</summary>
    public static ProgramPeriod? Latest(IEnumerable<PainRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var latest = ratings
            .Where(r => r.ProgramDay >= 1 && TryParseDay(r.LocalDate, out _))
            .MaxBy(r => r.RecordedAt);
        return latest is null ? null : new ProgramPeriod(ParseDay(latest.LocalDate).AddDays(1 - latest.ProgramDay));
    }

    /// <summary>A yyyy-MM-dd local date.</summary>
    public static DateOnly ParseDay(string localDate) =>
        DateOnly.ParseExact(localDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a yyyy-MM-dd local date; false for anything else.</summary>
    public static bool TryParseDay(string? localDate, out DateOnly day) =>
        DateOnly.TryParseExact(localDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
