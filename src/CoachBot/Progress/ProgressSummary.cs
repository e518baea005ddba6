using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Ratings;

namespace CoachBot.Progress;

/// <summary>
/// A short, honest summary of a person's pain ratings: how many sessions and days, the average
/// before and after a session, and whether their usual pain has changed in a way that counts.
/// Pure: the same ratings always give the same text, so it is tested without storage or a clock.
/// </summary>
/// <remarks>
/// The trend compares the average of the first <see cref="TrendWindowDays"/> days with rating
/// against the last <see cref="TrendWindowDays"/> (docs/CLINICAL.md: use the 30% rule on averages over
/// days, never on one session). It uses the "before" and "checkin" ratings only: they say how the
/// pain is in daily life, while an "after" rating mostly shows the short relief of one session.
/// </remarks>
public sealed class ProgressSummary
{
    /// <summary>How many days each end of the trend comparison averages.</summary>
    public const int TrendWindowDays = 3;

    /// <summary>A change of at least this fraction of the early average counts as meaningful (Farrar 2001; IMMPACT).</summary>
    public const double MeaningfulChange = 0.30;

    /// <summary>The disclaimer every summary ends with.</summary>
    public const string Disclaimer = "This is a self-care log, not a diagnosis.";

    private ProgressSummary(
        int ratings,
        int sessions,
        int days,
        double? averageBefore,
        double? averageAfter,
        double? earlyAverage,
        double? recentAverage,
        ProgressTrend trend)
    {
        Ratings = ratings;
        Sessions = sessions;
        Days = days;
        AverageBefore = averageBefore;
        AverageAfter = averageAfter;
        EarlyAverage = earlyAverage;
        RecentAverage = recentAverage;
        Trend = trend;
        Text = Compose();
    }

    /// <summary>How many ratings there are in all.</summary>
    public int Ratings { get; }

    /// <summary>Sessions with a before or after rating (distinct session ids).</summary>
    public int Sessions { get; }

    /// <summary>Distinct local days with at least one rating.</summary>
    public int Days { get; }

    /// <summary>The average of every "before" rating, or null when there is none.</summary>
    public double? AverageBefore { get; }

    /// <summary>The average of every "after" rating, or null when there is none.</summary>
    public double? AverageAfter { get; }

    /// <summary>The average usual pain over the first days, when there are enough days to compare.</summary>
    public double? EarlyAverage { get; }

    /// <summary>The average usual pain over the last days, when there are enough days to compare.</summary>
    public double? RecentAverage { get; }

    /// <summary>The judgement of the change between <see cref="EarlyAverage"/> and <see cref="RecentAverage"/>.</summary>
    public ProgressTrend Trend { get; }

    /// <summary>The summary as the coach says it.</summary>
    public string Text { get; }

    /// <summary>Summarises <paramref name="ratings"/> (any order; days are the ratings' local dates).</summary>
    public static ProgressSummary From(IEnumerable<PainRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var all = ratings.ToList();
        var sessions = all
            .Where(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.After && !string.IsNullOrEmpty(r.SessionId))
            .Select(r => r.SessionId)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var days = all.Select(r => r.LocalDate).Distinct(StringComparer.Ordinal).Count();

        var (early, recent, trend) = CompareFirstAndLastDays(all);
        return new ProgressSummary(
            all.Count,
            sessions,
            days,
            AverageOf(all, PainRatingPhases.Before),
            AverageOf(all, PainRatingPhases.After),
            early,
            recent,
            trend);
    }

    private static double? AverageOf(List<PainRating> ratings, string phase)
    {
        var values = ratings.Where(r => r.Phase == phase).Select(r => r.Rating).ToList();
        return values.Count == 0 ? null : values.Average();
    }

    private static (double? Early, double? Recent, ProgressTrend Trend) CompareFirstAndLastDays(List<PainRating> ratings)
    {
        // Local dates are yyyy-MM-dd, so ordinal order is calendar order.
        var byDay = ratings
            .Where(r => r.Phase is PainRatingPhases.Before or PainRatingPhases.CheckIn)
            .GroupBy(r => r.LocalDate, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        // The two windows must not overlap, or the comparison would partly compare days with themselves.
        if (byDay.Count < 2 * TrendWindowDays)
        {
            return (null, null, ProgressTrend.NotEnoughData);
        }

        var early = byDay.Take(TrendWindowDays).SelectMany(g => g).Average(r => r.Rating);
        var recent = byDay.TakeLast(TrendWindowDays).SelectMany(g => g).Average(r => r.Rating);
        return (early, recent, Judge(early, recent));
    }

    private static ProgressTrend Judge(double early, double recent)
    {
        if (early == 0)
        {
            // No pain to begin with: any rise is a rise, and no percentage can be taken of zero.
            return recent > 0 ? ProgressTrend.Worse : ProgressTrend.Flat;
        }

        var change = (recent - early) / early;
        return change <= -MeaningfulChange ? ProgressTrend.Improving
            : change >= MeaningfulChange ? ProgressTrend.Worse
            : ProgressTrend.Flat;
    }

    private string Compose()
    {
        if (Ratings == 0)
        {
            return "You have no pain ratings yet. After your first session I can show you how it is going. " + Disclaimer;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"So far: {Count(Sessions, "session")} over {Count(Days, "day")} with ratings.");
        if (AverageBefore is { } before && AverageAfter is { } after)
        {
            text.Append(CultureInfo.InvariantCulture, $" On average you rated your pain {Score(before)} before a session and {Score(after)} after it.");
        }
        else if (AverageBefore is { } onlyBefore)
        {
            text.Append(CultureInfo.InvariantCulture, $" On average you rated your pain {Score(onlyBefore)} before a session.");
        }

        text.Append(' ').Append(DescribeTrend()).Append(' ').Append(Disclaimer);
        return text.ToString();
    }

    private string DescribeTrend()
    {
        if (Trend == ProgressTrend.NotEnoughData || EarlyAverage is not { } early || RecentAverage is not { } recent)
        {
            return $"After {2 * TrendWindowDays} days with ratings I can compare your first {TrendWindowDays} days with your latest {TrendWindowDays}.";
        }

        var window = $"{TrendWindowDays} days";
        var compared = string.Create(CultureInfo.InvariantCulture, $"{Score(recent)} in your last {window}, against {Score(early)} in your first {window}");
        var percent = early == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Math.Abs(recent - early) / early * 100):0}%");
        return Trend switch
        {
            // "Looks like", not "is": self-ratings vary, and the coach must not promise a cure.
            ProgressTrend.Improving =>
                $"Your usual pain averaged {compared}, {percent} lower. A drop of 30% or more is the size of change studies count as meaningful, so this looks like real progress. Keep going, and keep rating so the picture stays accurate.",
            ProgressTrend.Worse =>
                $"Your usual pain averaged {compared}, {(percent is null ? "higher than when you started" : percent + " higher")}. Please do not push through it. If it keeps rising, spreads, or comes with new symptoms, stop the self-release and get advice from a doctor or a licensed therapist.",
            _ =>
                $"Your usual pain averaged {compared}, less than the 30% change that counts as meaningful. That is common in the first weeks. If it stays the same, or pain limits your work or sleep, a licensed therapist can take a closer look.",
        };
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string Score(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:0.#}/10");
}
