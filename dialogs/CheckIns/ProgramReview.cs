using CoachBot.Dialogs.Ratings;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// The trend of a program: the average check-in rating of the first three days against the last
/// three. A drop of 30% or more counts as meaningful (Farrar 2001; IMMPACT): percent change is
/// stable whatever the starting level, which a single session's points are not.
/// </summary>
/// <param name="FirstAverage">Average of the first three days with ratings.</param>
/// <param name="LastAverage">Average of the last three days with ratings.</param>
public sealed record ProgramReview(double FirstAverage, double LastAverage)
{
    /// <summary>The share of the first average that is gone, 0.3 for 30%.</summary>
    public double Drop => FirstAverage <= 0 ? 0 : (FirstAverage - LastAverage) / FirstAverage;

    /// <summary>True for a drop of 30% or more.</summary>
    public bool IsMeaningful => Drop >= 0.30;

    /// <summary>The review of <paramref name="ratings"/> (check-ins only), or null with fewer than two days.</summary>
    public static ProgramReview? Of(IEnumerable<PainRating> ratings)
    {
        var days = ratings
            .Where(r => r.Phase == PainRatingPhases.CheckIn)
            .GroupBy(r => r.LocalDate)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Average(r => r.Rating))
            .ToList();
        if (days.Count < 2)
        {
            return null;
        }

        var window = Math.Min(3, days.Count / 2);
        return new ProgramReview(days.Take(window).Average(), days.TakeLast(window).Average());
    }
}
