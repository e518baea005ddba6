using CoachBot.Dialogs.Ratings;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// The trend of a program: the average check-in rating of the first three days against the last
/// three. A drop of 30% or more counts as meaningful (Farrar 2001; IMMPACT): percent change is
/// stable whatever the starting level, which a single session's points are not. Below an average
/// of 3 a percentage says little (1 to 1 is "0%"), and a rise is a rise, never "a change of 20%".
/// </summary>
/// <param name="FirstAverage">Average of the first three days with ratings.</param>
/// <param name="LastAverage">Average of the last three days with ratings.</param>
public sealed record ProgramReview(double FirstAverage, double LastAverage)
{
    /// <summary>The share of the first average that is gone, 0.3 for 30%.</summary>
    public double Drop => FirstAverage <= 0 ? 0 : (FirstAverage - LastAverage) / FirstAverage;

    /// <summary>The starting average below which the 30% rule is not applied.</summary>
    public const double LowestAverageForPercent = 3;

    /// <summary>True when the first days' average was already low (under 3 out of 10).</summary>
    public bool StartedLow => FirstAverage < LowestAverageForPercent;

    /// <summary>True for a drop of 30% or more from a start of 3 or more.</summary>
    public bool IsMeaningful => !StartedLow && Drop >= 0.30;

    /// <summary>True when the average went up.</summary>
    public bool Rose => LastAverage > FirstAverage;

    /// <summary>True when the average rose by 30% or by 2 points or more: the program stops for advice.</summary>
    public bool RoseClearly => Rose && (LastAverage - FirstAverage >= 2 || (FirstAverage > 0 && LastAverage >= FirstAverage * 1.3));

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
