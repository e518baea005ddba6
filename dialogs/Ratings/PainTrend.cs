using System.Globalization;

namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// How a person's usual pain moved: the average of their first days with ratings against their
/// last days. The one computation behind the day-7 and day-14 reviews, "show my progress" and the
/// therapist report, so the same ratings always give the same numbers everywhere.
/// </summary>
/// <remarks>
/// Usual pain is what a person rates before a session and at a check-in: how the pain is in daily
/// life. An "after" rating mostly shows the short relief of one session, so it is left out. Each
/// day counts once (the average of that day's ratings), so a day with three ratings does not
/// outweigh a day with one. The two windows are 2 or 3 days and never overlap: one day alone is
/// too noisy to judge by. A drop of 30%
/// or more counts as meaningful (Farrar 2001; IMMPACT); below an average of 3 a percentage says
/// little (1 to 1 is "0%"), and a rise is a rise. The averages are rounded once, to one decimal,
/// and every judgement is made on the rounded numbers the person reads.
/// </remarks>
/// <param name="FirstAverage">The average of the first days, rounded to one decimal.</param>
/// <param name="LastAverage">The average of the last days, rounded to one decimal.</param>
/// <param name="WindowDays">How many days each average covers (1-3).</param>
public sealed record PainTrend(double FirstAverage, double LastAverage, int WindowDays)
{
    /// <summary>The most days each end of the comparison averages.</summary>
    public const int MaxWindowDays = 3;

    /// <summary>The fewest days with usual-pain ratings a comparison needs (two windows of two days).</summary>
    public const int MinDays = 4;

    /// <summary>The starting average below which the 30% rule is not applied.</summary>
    public const double LowestAverageForPercent = 3;

    /// <summary>A drop of at least this share of the first average counts as meaningful.</summary>
    public const double MeaningfulDrop = 0.30;

    /// <summary>The share of the first average that is gone, 0.3 for 30% (negative for a rise).</summary>
    public double Drop => FirstAverage <= 0 ? 0 : (FirstAverage - LastAverage) / FirstAverage;

    /// <summary>The change as a whole percentage, without its sign.</summary>
    public int Percent => (int)Math.Round(Math.Abs(Drop) * 100, MidpointRounding.AwayFromZero);

    /// <summary>The change in points, without its sign, rounded like the averages.</summary>
    public double Points => Round(Math.Abs(LastAverage - FirstAverage));

    /// <summary>True when the first days' average was already low (under 3 out of 10).</summary>
    public bool StartedLow => FirstAverage < LowestAverageForPercent;

    /// <summary>True for a drop of 30% or more from a start of 3 or more.</summary>
    public bool IsMeaningful => !StartedLow && Drop >= MeaningfulDrop;

    /// <summary>True when the average went up.</summary>
    public bool Rose => LastAverage > FirstAverage;

    /// <summary>True when the average rose by 30% or by 2 points or more: a program stops for advice.</summary>
    public bool RoseClearly => Rose && (LastAverage - FirstAverage >= 2 || (FirstAverage > 0 && LastAverage >= FirstAverage * 1.3));

    /// <summary>The trend of <paramref name="ratings"/>' usual pain, or null with fewer than <see cref="MinDays"/> days of it.</summary>
    public static PainTrend? Of(IEnumerable<PainRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);

        // Local dates are yyyy-MM-dd, so ordinal order is calendar order.
        var days = ratings
            .Where(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.CheckIn)
            .GroupBy(r => r.LocalDate, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Average(r => r.Rating))
            .ToList();
        if (days.Count < MinDays)
        {
            return null;
        }

        var window = Math.Min(MaxWindowDays, days.Count / 2);
        return new PainTrend(Round(days.Take(window).Average()), Round(days.TakeLast(window).Average()), window);
    }

    /// <summary>The one rounding rule for averages a person reads: one decimal, halves away from zero.</summary>
    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>A rounded average as text ("5.7", "4").</summary>
    public static string Format(double value) => Round(value).ToString("0.#", CultureInfo.InvariantCulture);
}
