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
/// Before and after are averaged over sessions that have both (<see cref="SessionPair"/>), so a
/// session without an "after" cannot tilt the comparison. The trend is <see cref="PainTrend"/>,
/// the same computation as the program's reviews: within the latest two-week program when the
/// ratings show one (so "show my progress" and the day-7 review give the same numbers), over all
/// ratings otherwise.
/// </remarks>
public sealed class ProgressSummary
{
    /// <summary>The disclaimer every summary ends with.</summary>
    public const string Disclaimer = "This is a self-care log, not a diagnosis.";

    private ProgressSummary(int ratings, IReadOnlyList<SessionPair> sessions, int days, PainTrend? trend, ProgramPeriod? program)
    {
        Ratings = ratings;
        Sessions = sessions.Count;
        Days = days;
        var complete = sessions.Where(s => s.IsComplete).ToList();
        PairedSessions = complete.Count;
        AverageBefore = complete.Count == 0 ? null : PainTrend.Round(complete.Average(s => s.Before!.Value));
        AverageAfter = complete.Count == 0 ? null : PainTrend.Round(complete.Average(s => s.After!.Value));
        UsualPain = trend;
        Program = program;
        Trend = Judge(trend);
        Text = Compose();
    }

    /// <summary>How many ratings there are in all.</summary>
    public int Ratings { get; }

    /// <summary>Sessions with a before or after rating.</summary>
    public int Sessions { get; }

    /// <summary>Sessions with both a before and an after rating: the ones the averages are over.</summary>
    public int PairedSessions { get; }

    /// <summary>Distinct local days with at least one rating.</summary>
    public int Days { get; }

    /// <summary>The average "before" of the paired sessions, rounded once; null when there is none.</summary>
    public double? AverageBefore { get; }

    /// <summary>The average "after" of the paired sessions, rounded once; null when there is none.</summary>
    public double? AverageAfter { get; }

    /// <summary>The usual pain's first and last days, when there are enough days to compare.</summary>
    public PainTrend? UsualPain { get; }

    /// <summary>The program the trend is taken within, or null when it is over all ratings.</summary>
    public ProgramPeriod? Program { get; }

    /// <summary>The judgement of <see cref="UsualPain"/>.</summary>
    public ProgressTrend Trend { get; }

    /// <summary>The summary as the coach says it.</summary>
    public string Text { get; }

    /// <summary>Summarises <paramref name="ratings"/> (any order; days are the ratings' local dates).</summary>
    public static ProgressSummary From(IEnumerable<PainRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var all = ratings.ToList();
        var days = all.Select(r => r.LocalDate).Distinct(StringComparer.Ordinal).Count();
        var program = ProgramPeriod.Latest(all);
        var trend = PainTrend.Of(program is null ? all : all.Where(program.Contains));
        return new ProgressSummary(all.Count, SessionPair.All(all), days, trend, program);
    }

    private static ProgressTrend Judge(PainTrend? trend) => trend switch
    {
        null => ProgressTrend.NotEnoughData,
        { RoseClearly: true } => ProgressTrend.Worse,
        { StartedLow: true } => ProgressTrend.Low,
        { IsMeaningful: true } => ProgressTrend.Improving,
        _ => ProgressTrend.Flat,
    };

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
            var over = PairedSessions == Sessions ? string.Empty : $" (the {Count(PairedSessions, "session")} rated both before and after)";
            text.Append(CultureInfo.InvariantCulture, $" On average you rated your pain {Score(before)} before a session and {Score(after)} after it{over}.");
        }

        text.Append(' ').Append(DescribeTrend()).Append(' ').Append(Disclaimer);
        return text.ToString();
    }

    private string DescribeTrend()
    {
        if (UsualPain is not { } trend)
        {
            return $"After {PainTrend.MinDays} days with ratings I can compare your first days with your latest.";
        }

        var where = Program is null ? "Your usual pain" : "In your two-week program, your usual pain";
        var window = Count(trend.WindowDays, "day");
        var compared = $"{Score(trend.LastAverage)} in your last {window}, against {Score(trend.FirstAverage)} in your first {window}";
        return Trend switch
        {
            // "Looks like", not "is": self-ratings vary, and the coach must not promise a cure.
            ProgressTrend.Improving =>
                $"{where} averaged {compared}, {trend.Percent}% lower. A drop of 30% or more is the size of change studies count as meaningful, so this looks like real progress. Keep going, and keep rating so the picture stays accurate.",
            ProgressTrend.Worse =>
                $"{where} averaged {compared}, {(trend.FirstAverage == 0 ? "higher than when you started" : trend.Percent + "% higher")}. Please do not push through it. If it keeps rising, spreads, or comes with new symptoms, stop the self-release and get advice from a doctor or a licensed therapist.",
            ProgressTrend.Low =>
                $"{where} averaged {compared}. It was low to start with (under 3 out of 10), so a percentage says little here. If the sessions feel good, keep them short and regular.",
            _ =>
                $"{where} averaged {compared}, less than the 30% change that counts as meaningful. That is common in the first weeks. If it stays the same, or pain limits your work or sleep, a licensed therapist can take a closer look.",
        };
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string Score(double value) => PainTrend.Format(value) + "/10";
}
